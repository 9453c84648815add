import { describe, expect, it } from 'vitest';
import { OrderSchema, type Order } from '@/lib/schemas/order';
import { DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import { demoStoreOrders } from '@/lib/connectors/demo-store/load';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import { formatDate, formatMoney } from '@/lib/templates/format';
import { renderTemplate } from '@/lib/templates/render';
import { buildTemplateVariables } from '@/lib/templates/variables';
import { trackingUrl } from '@/lib/ticket/tracking';
import { checkFacts, type FactContext } from '@/lib/suggest/fact-check';
import { orderShaped, ticketSaying } from '@/lib/suggest/testing/fixtures';

/** An order with the figures the tests talk about: $197.00, UPS parcel due 2026-11-26. */
const order: Order = OrderSchema.parse({
  ...orderShaped('in-transit', '#1047'),
  total: '197.00',
  currency: 'USD',
  items: [{ title: 'Walnut desk organiser', quantity: 2, price: '98.50' }],
  fulfillments: [
    {
      carrier: 'UPS',
      trackingNumber: '1Z999AA10123456784',
      status: 'in_transit',
      shippedAt: '2026-11-21T15:00:00Z',
      estimatedDelivery: '2026-11-26',
    },
  ],
  refunds: [{ amount: '12.40', createdAt: '2026-11-22T09:00:00Z' }],
});
const shop = { ...DEFAULT_SHOP_FACTS, signature: 'Northwind Goods · northwind-goods.com · +49 30 1234567 · help@northwind-goods.com' };
const ticket = ticketSaying('Hi, where is order #1047? I paid $197 on 19/11/2026. Call me on 0151 2345 6789.', { orderRefs: ['#1047'] });
const context = { ticket, orders: [order], shop };

const unverified = (text: string, ctx: FactContext = context) => checkFacts(text, ctx).unverified;
const texts = (text: string, ctx: FactContext = context) => unverified(text, ctx).map((f) => f.text);

describe('checkFacts', () => {
  it('accepts a reply whose facts all come from the order, the ticket and the shop', () => {
    const reply = [
      'Your order #1047 (2 × Walnut desk organiser, $197.00) left us on November 21, 2026 with UPS.',
      `Tracking number 1Z999AA10123456784, live status: ${trackingUrl('UPS', '1Z999AA10123456784')}.`,
      'It is due on 2026-11-26. Your refund of $12.40 was sent on 22 November 2026.',
      'Questions? help@northwind-goods.com, northwind-goods.com or 030 1234567.',
    ].join(' ');
    expect(unverified(reply)).toEqual([]);
  });

  it('flags a hallucinated tracking number with its exact offsets', () => {
    const reply = 'Good news: order #1047 is on its way, tracking number 1Z999AA10123456799.';
    const found = unverified(reply);
    expect(found).toEqual([
      {
        text: '1Z999AA10123456799',
        kind: 'tracking_number',
        start: reply.indexOf('1Z999AA10123456799'),
        end: reply.indexOf('1Z999AA10123456799') + 18,
      },
    ]);
    expect(reply.slice(found[0]!.start, found[0]!.end)).toBe('1Z999AA10123456799');
  });

  it('flags an invented carrier-style code that passes no checksum, and one written in groups', () => {
    expect(unverified('Your DHL tracking number is JJD000390007799999.').map((f) => f.kind)).toEqual(['tracking_number']);
    expect(texts('Sendungsnummer: 9400 1111 2222 3333 4444 55')).toEqual(['9400 1111 2222 3333 4444 55']);
  });

  it('reads amounts in other written forms as the same amount', () => {
    for (const form of ['$197.00', '197.00', '197 USD', 'USD 197', 'US$197', '197,00 $', '$ 197', '197 dollars', '$98.50']) {
      expect(texts(`The total was ${form}.`), form).toEqual([]);
    }
    expect(texts('The total was $179.00, and 197,50 € later.')).toEqual(['$179.00', '197,50 €']);
  });

  it('reads amounts and dates as the shop formats them in each reply language', () => {
    for (const locale of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ko']) {
      const reply = `${formatMoney(order.total, order.currency, locale)} · ${formatDate('2026-11-26', locale)} · ${formatDate(order.createdAt, locale)}`;
      expect(unverified(reply), `${locale}: ${reply}`).toEqual([]);
    }
    expect(texts(`Delivery on ${formatDate('2026-11-27', 'de')}.`)).toEqual(['27. November 2026']);
  });

  it('reads dates in several written forms against ISO dates', () => {
    for (const form of [
      'November 26',
      'Nov 26th',
      '26th of November',
      '26/11/2026',
      '11/26/2026',
      '26.11.2026',
      '2026/11/26',
      '26 de noviembre',
      '26 novembre 2026',
    ]) {
      expect(texts(`It should arrive on ${form}.`), form).toEqual([]);
    }
    expect(texts('It should arrive on November 28, 2026 or 2025-11-26.')).toEqual(['November 28, 2026', '2025-11-26']);
  });

  it('matches order numbers with or without the hash, and flags other orders', () => {
    expect(texts('About order 1047 and #1047: all fine.')).toEqual([]);
    expect(unverified('Your order #1048 has shipped.')).toMatchObject([{ text: '#1048', kind: 'order_number' }]);
    expect(unverified('Amazon order 114-3941689-8772232 is on its way.')).toMatchObject([{ kind: 'order_number' }]);
  });

  it('knows links only when the order, the ticket or the shop has them', () => {
    expect(texts(`Track it at ${trackingUrl('ups', '1Z999AA10123456784')}`)).toEqual([]);
    expect(unverified('Track it at https://www.ups.com/track?tracknum=1Z999AA10123456799 or northwind-returns.com.')).toMatchObject([
      { kind: 'url', text: 'https://www.ups.com/track?tracknum=1Z999AA10123456799' },
      { kind: 'url', text: 'northwind-returns.com' },
    ]);
  });

  it('checks email addresses and phone numbers, national and international forms alike', () => {
    expect(texts(`We will write to ${ticket.customer.email} or call +49 151 23456789.`)).toEqual([]);
    expect(unverified('Write to refunds@northwind-goods.com or call +1 (555) 123-4567.')).toMatchObject([
      { kind: 'email', text: 'refunds@northwind-goods.com' },
      { kind: 'phone', text: '+1 (555) 123-4567' },
    ]);
  });

  it('accepts facts the customer stated in the ticket', () => {
    expect(texts('You paid $197 on 19/11/2026.')).toEqual([]);
  });

  it('does not take quantities, periods or opening hours for facts', () => {
    expect(unverified('You can return it within 30 days. We answer Monday to Friday, 9:00 to 17:00 (CET). 2 × mug, 10% off.')).toEqual([]);
  });

  it('flags every fact when there is no context, with offsets valid after astral characters', () => {
    const reply = '📦 Order #1047 ships on 2026-11-26 for $197.00.';
    const found = checkFacts(reply).unverified;
    expect(found.map((f) => f.kind)).toEqual(['order_number', 'date', 'amount']);
    for (const fact of found) expect(reply.slice(fact.start, fact.end)).toBe(fact.text);
  });
});

describe('checkFacts on the starter pack and the demo store', () => {
  // Every eighth demo order keeps the run short; all 88 orders × all templates passed when this was written.
  const orders = demoStoreOrders().filter((_, i) => i % 8 === 0);
  const render = (body: string, o: Order, language: string) =>
    renderTemplate(body, buildTemplateVariables({ order: o, shop: DEFAULT_SHOP_FACTS, agent: { name: 'Sam' }, language })).text;

  it('finds nothing unverified in replies rendered from the order they are checked against', () => {
    for (const o of orders) {
      for (const template of STARTER_PACK.templates) {
        const text = render(template.body, o, template.language);
        expect(unverified(text, { ticket, orders: [o], shop: DEFAULT_SHOP_FACTS }), `${template.id} / ${o.number}`).toEqual([]);
      }
    }
  });

  it("flags the other order's facts when a reply is checked against the wrong order", () => {
    const shipped = demoStoreOrders().filter((o) => o.fulfillments.some((f) => f.trackingNumber));
    const [a, b] = [shipped[0]!, shipped[1]!];
    const template = STARTER_PACK.templates.find((t) => t.id === 'starter.wismo.tracking')!;
    const kinds = unverified(render(template.body, a, 'en'), { orders: [b], shop: DEFAULT_SHOP_FACTS }).map((f) => f.kind);
    expect(kinds).toContain('order_number');
    expect(kinds).toContain('tracking_number');
  });
});
