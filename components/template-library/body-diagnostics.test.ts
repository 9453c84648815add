import { describe, expect, it } from 'vitest';
import { diagnoseBody } from './body-diagnostics';

describe('diagnoseBody', () => {
  it('finds nothing wrong in a body that uses known variables, loops, filters and assignments', () => {
    const body = [
      'Hi {{ customer.first_name | default: "there" }},',
      '{% for shipment in order.fulfillments %}{{ forloop.index }}. {{ shipment.carrier }} {{ shipment.tracking_number }}{% endfor %}',
      '{% assign days = shop.return_window_days %}{{ days }} days; {{ order.items[0].title }} ({{ order.items.size }})',
      '{% if order %}{{ order.number }}{% endif %} {{ agent.name }}',
    ].join('\n');
    expect(diagnoseBody(body)).toEqual({ syntaxError: null, unknownVariables: [] });
  });

  it('names unknown variables once each, with the known one a typo was probably meant as', () => {
    expect(
      diagnoseBody('{{ custmer.first_name }} {{ order.tracking }} {{ custmer.first_name }} {{ ticket.requester.first_name }}'),
    ).toEqual({
      syntaxError: null,
      unknownVariables: [
        { name: 'custmer.first_name', suggestion: 'customer.first_name' },
        { name: 'order.tracking', suggestion: 'order.tracking_number' },
        { name: 'ticket.requester.first_name', suggestion: undefined },
      ],
    });
  });

  it('reports a Liquid error with its position instead of variables', () => {
    const result = diagnoseBody('Hi,\n{% if order %}no end');
    expect(result.unknownVariables).toEqual([]);
    expect(result.syntaxError).toMatch(/if.*not closed|line:2/);
  });

  it('treats tags that load other files as errors, as the renderer does', () => {
    expect(diagnoseBody("{% include 'secrets' %}").syntaxError).toContain('include');
  });
});
