import { describe, expect, it } from 'vitest';
import { renderTemplate } from '@/lib/templates/render';
import { sampleOrder, sampleShop, sampleTicket } from '@/lib/templates/testing/fixtures';
import { buildTemplateVariables, TEMPLATE_VARIABLES } from '@/lib/templates/variables';

describe('buildTemplateVariables', () => {
  it('fills customer, order, shop, agent and ticket facts from a ticket and order', () => {
    const scope = buildTemplateVariables({ ticket: sampleTicket(), order: sampleOrder(), shop: sampleShop, agent: { name: 'Sam' } });
    expect(scope.customer).toEqual({ first_name: 'Marta', name: 'Marta Kowalska', email: 'marta.k@example.org' });
    expect(scope.order).toMatchObject({
      number: '#2231',
      date: 'November 18, 2026',
      status: 'shipped',
      total: '$1,234.50',
      tracking_number: '1Z999AA10123456784',
      tracking_url: 'https://track.example.com/1Z999AA10123456784',
      carrier: 'UPS',
      estimated_delivery: 'November 26, 2026',
    });
    expect(scope.shop).toEqual({
      name: 'Fjord & Field',
      return_window_days: 30,
      support_hours: sampleShop.supportHours,
      signature: 'The Fjord & Field team',
    });
    expect(scope.agent.name).toBe('Sam');
    expect(scope.ticket.subject).toBe('Where is my parcel?');
  });

  it('takes tracking facts from the newest shipment, whatever the array order', () => {
    const order = sampleOrder();
    const scope = buildTemplateVariables({ order: { ...order, fulfillments: [...order.fulfillments].reverse() } });
    expect(scope.order?.tracking_number).toBe('1Z999AA10123456784');
  });

  it('gives items as a loopable list that also prints as text', () => {
    const scope = buildTemplateVariables({ order: sampleOrder() });
    const body = '{{ order.items }}|{% for item in order.items %}{{ item.quantity }}x{{ item.title }} at {{ item.price }};{% endfor %}';
    expect(renderTemplate(body, scope).text).toBe(
      '2 × Stoneware mug and Walnut tray|2xStoneware mug at $18.00;1xWalnut tray at $1,198.50;',
    );
  });

  it('loops over shipments with their own status and items', () => {
    const scope = buildTemplateVariables({ order: sampleOrder() });
    const body =
      '{% for s in order.fulfillments %}{{ s.items }}: {{ s.carrier }} {{ s.tracking_number }} ({{ s.status }}){% unless forloop.last %}; {% endunless %}{% endfor %}';
    expect(renderTemplate(body, scope).text).toBe(
      'Stoneware mug: DHL JD014600003828 (delivered); Walnut tray: UPS 1Z999AA10123456784 (in transit)',
    );
  });

  it('formats money, dates and status in the customer language', () => {
    const ticket = sampleTicket({ language: 'de' });
    const scope = buildTemplateVariables({ ticket, order: sampleOrder({ currency: 'EUR', total: '84.5' }) });
    expect(scope.order?.total).toBe('84,50\u00a0€');
    expect(scope.order?.date).toBe('18. November 2026');
    expect(scope.order?.status).toBe('versandt');
    expect(renderTemplate('{{ order.items }}', scope).text).toBe('2 × Stoneware mug und Walnut tray');
  });

  it('keeps the calendar date the shop wrote, whatever the offset', () => {
    const scope = buildTemplateVariables({ order: sampleOrder({ createdAt: '2026-11-30T23:59:00-08:00' }) });
    expect(scope.order?.date).toBe('November 30, 2026');
  });

  it('leaves absent facts undefined, never empty strings', () => {
    const order = sampleOrder({ fulfillments: [{ status: 'pending' }], items: [] });
    const scope = buildTemplateVariables({ ticket: sampleTicket({ customer: {}, subject: '  ' }), order, shop: null, agent: { name: '' } });
    expect(scope.order?.tracking_number).toBeUndefined();
    expect(scope.order?.carrier).toBeUndefined();
    expect(scope.order?.items).toBeUndefined();
    expect(scope.agent.name).toBeUndefined();
    expect(scope.ticket.subject).toBeUndefined();
    expect(scope.shop.name).toBeUndefined();
    expect(scope.customer.name).toBe('Marta Kowalska'); // falls back to the order's customer
    const rendered = renderTemplate('{{ order.tracking_number }} {{ agent.name }} {{ order.items }}', scope);
    expect(rendered.gaps).toEqual(['order.tracking_number', 'agent.name', 'order.items']);
  });

  it('does not greet an email address or an initial, and tidies shouted names', () => {
    const first = (name: string) => buildTemplateVariables({ ticket: sampleTicket({ customer: { name } }) }).customer.first_name;
    expect(first('marta.k@example.org')).toBeUndefined();
    expect(first('J. Smith')).toBeUndefined();
    expect(first('Kowalska, Marta')).toBe('Marta');
    expect(first('MARTA KOWALSKA')).toBe('Marta');
    expect(first('McKenzie Ross')).toBe('McKenzie');
  });

  it('has no order scope without an order, so order variables become gaps', () => {
    const scope = buildTemplateVariables({ ticket: sampleTicket() });
    expect(scope.order).toBeUndefined();
    expect(renderTemplate('{{ order.number }}', scope).gaps).toEqual(['order.number']);
  });

  it('documents every variable the scope provides', () => {
    const scope = buildTemplateVariables({ ticket: sampleTicket(), order: sampleOrder(), shop: sampleShop, agent: { name: 'Sam' } });
    const provided = Object.entries(scope).flatMap(([group, values]) => Object.keys(values ?? {}).map((key) => `${group}.${key}`));
    expect(TEMPLATE_VARIABLES.map((v) => v.name).sort()).toEqual(provided.sort());
  });
});
