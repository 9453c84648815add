import { describe, expect, it } from 'vitest';
import { renderTemplate, templateSyntaxError } from '@/lib/templates/render';

describe('renderTemplate', () => {
  it('renders variables as plain text without HTML escaping', () => {
    const result = renderTemplate('Hi {{ name }}, <b>{{ note }}</b>', { name: 'Ana', note: 'a & b <c>' });
    expect(result).toEqual({ text: 'Hi Ana, <b>a & b <c></b>', segments: [{ text: 'Hi Ana, <b>a & b <c></b>' }], gaps: [], error: null });
  });

  it('turns a missing variable into a visible gap segment, never a blank', () => {
    const result = renderTemplate('Tracking: {{ order.tracking_number }} via {{ order.carrier }}.', { order: { carrier: 'UPS' } });
    expect(result.error).toBeNull();
    expect(result.text).toBe('Tracking: [order.tracking_number] via UPS.');
    expect(result.segments).toEqual([
      { text: 'Tracking: ' },
      { text: '[order.tracking_number]', gap: 'order.tracking_number' },
      { text: ' via UPS.' },
    ]);
    expect(result.gaps).toEqual(['order.tracking_number']);
  });

  it('names the gap after the variable even when a filter emptied it, and lists each gap once', () => {
    const result = renderTemplate('{{ customer.name | upcase }} {{ customer.name }} {{ x }}', {});
    expect(result.gaps).toEqual(['customer.name', 'x']);
    expect(result.text).toBe('[customer.name] [customer.name] [x]');
  });

  it('lets a default filter fill a missing value without a gap', () => {
    expect(renderTemplate('Hi {{ customer.first_name | default: "there" }},', { customer: {} }).text).toBe('Hi there,');
  });

  it('keeps Liquid truthiness for absent values so templates can branch on them', () => {
    const body = '{% if order.tracking_number %}has{% else %}none{% endif %}';
    expect(renderTemplate(body, { order: {} }).text).toBe('none');
    expect(renderTemplate(body, { order: { tracking_number: '1Z' } }).text).toBe('has');
  });

  it('marks gaps inside loops with the loop variable name', () => {
    const scope = { order: { fulfillments: [{ carrier: 'DHL', tracking_number: 'A1' }, { carrier: 'UPS' }] } };
    const result = renderTemplate('{% for s in order.fulfillments %}{{ s.carrier }}: {{ s.tracking_number }};{% endfor %}', scope);
    expect(result.text).toBe('DHL: A1;UPS: [s.tracking_number];');
    expect(result.gaps).toEqual(['s.tracking_number']);
  });

  it('prints a list that carries its own text readably and still loops over it', () => {
    const items = Object.defineProperty([{ title: 'Mug' }, { title: 'Tray' }], 'toString', { value: () => 'Mug and Tray' });
    expect(renderTemplate('{{ items }} / {% for i in items %}{{ i.title }},{% endfor %}', { items }).text).toBe('Mug and Tray / Mug,Tray,');
  });

  it('cannot be tricked into a gap by text that looks like a marker', () => {
    const result = renderTemplate('{{ a }}', { a: '\uE000x\uE001evil\uE002x\uE003 [b]' });
    expect(result.gaps).toEqual([]);
  });

  it('returns a syntax error with line and column instead of throwing', () => {
    const result = renderTemplate('Hello\n{% if order %}no end', {});
    expect(result.error).toMatch(/not closed.*line:2, col:1/);
    expect(result.text).toBe('');
    expect(templateSyntaxError('{{ a | no_such_filter }}')).toMatch(/undefined filter: no_such_filter/);
    expect(templateSyntaxError('fine {{ a }}')).toBeNull();
  });

  it('renders other templates normally after a broken one', () => {
    expect(renderTemplate('{{ broken', {}).error).not.toBeNull();
    expect(renderTemplate('ok {{ a }}', { a: 1 })).toMatchObject({ text: 'ok 1', error: null });
  });

  it('refuses tags that would load files or URLs', () => {
    expect(renderTemplate('{% include "https://example.com/x" %}', {}).error).toMatch(/tag "include" not found/);
    expect(renderTemplate('{% render "x" %}', {}).error).toMatch(/tag "render" not found/);
  });

  // The time is the limit's, not asserted here: a wall-clock bound flakes on a loaded machine.
  it('stops a hostile template within the render time limit', () => {
    const result = renderTemplate(
      '{% for i in (1..1000) %}{% for j in (1..1000) %}{% for k in (1..900) %}{% endfor %}{% endfor %}{% endfor %}',
      {},
    );
    expect(result.error).toMatch(/limit exceeded/);
  });

  it('stops a template that grows a string exponentially', () => {
    const body = '{% assign s = "xxxxxxxxxx" %}{% for i in (1..64) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}';
    expect(renderTemplate(body, {}).error).toMatch(/memory alloc limit exceeded/);
  });
});
