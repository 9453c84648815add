import { describe, expect, it } from 'vitest';
import { customerSummary, sumDecimals } from './bigcommerce-customer';
import { bigCommerceDetails, bigCommerceOrder } from './bigcommerce-map';
import { BcOrderSchema, BcShipmentSchema, normaliseDecimal } from './bigcommerce-wire';

const WIRE_ORDER = {
  id: 7,
  customer_id: 3,
  date_created: 'Tue, 05 Mar 2019 21:40:11 +0000',
  status_id: 11,
  status: 'Awaiting Fulfillment',
  custom_status: '',
  total_inc_tax: '69.8400',
  refunded_amount: '0.0000',
  currency_code: 'usd',
  default_currency_code: 'USD',
  items_total: 2,
  items_shipped: 0,
  billing_address: { first_name: 'Jane', last_name: '', email: 'jane@example.com', country_iso2: 'US' },
};
const facts = { storeHash: 'abc123', source: { id: 'bc', label: 'Shop' } };

function mapped(overrides: Record<string, unknown>) {
  return bigCommerceOrder(BcOrderSchema.parse({ ...WIRE_ORDER, ...overrides }), facts);
}

describe('BigCommerce wire values', () => {
  it('normalises decimal strings without floats', () => {
    expect(['45.0000', '12.3450', '8', '-5.5', '0.0100'].map(normaliseDecimal)).toEqual(['45.00', '12.345', '8.00', '-5.50', '0.01']);
    expect(sumDecimals(['0.10', '0.20', '12.345'])).toBe('12.645');
    expect(sumDecimals([])).toBe('0.00');
  });

  it('reads RFC 2822 dates as ISO 8601 and rejects what is not a date', () => {
    expect(mapped({}).createdAt).toBe('2019-03-05T21:40:11.000Z');
    expect(BcOrderSchema.safeParse({ ...WIRE_ORDER, date_created: 'yesterday' }).success).toBe(false);
  });
});

describe('bigCommerceOrder', () => {
  it.each([
    [0, { status: 'open', financialStatus: 'pending' }],
    [4, { status: 'refunded', financialStatus: 'refunded' }],
    [5, { status: 'cancelled', financialStatus: 'voided' }],
    [6, { status: 'cancelled', financialStatus: 'voided' }],
    [7, { status: 'on_hold', financialStatus: 'pending' }],
    [9, { status: 'processing', financialStatus: 'paid' }],
    [10, { status: 'delivered', financialStatus: 'paid' }],
    [12, { status: 'on_hold', financialStatus: 'pending' }],
    [14, { status: 'processing', financialStatus: 'partially_refunded' }],
    [99, { status: 'open', financialStatus: 'pending' }],
  ])('maps status id %i', (statusId, expected) => {
    expect(mapped({ status_id: statusId })).toMatchObject(expected);
  });

  it('reads a refund recorded on a paid order from refunded_amount', () => {
    expect(mapped({ status_id: 2, items_shipped: 2, refunded_amount: '69.8400' })).toMatchObject({
      status: 'shipped',
      financialStatus: 'refunded',
      fulfillmentStatus: 'fulfilled',
    });
    expect(mapped({ status_id: 2, items_shipped: 1, refunded_amount: '10.0000' })).toMatchObject({
      financialStatus: 'partially_refunded',
      fulfillmentStatus: 'partially_fulfilled',
    });
  });

  it('prefers the merchant’s own tracking link and drops one that is not a web address', () => {
    const shipment = (link: string, generated: string) =>
      BcShipmentSchema.parse({
        id: 1,
        order_id: 7,
        date_created: 'Wed, 06 Mar 2019 10:00:00 +0000',
        tracking_number: 'X1',
        tracking_link: link,
        generated_tracking_link: generated,
        items: [],
      });
    const order = mapped({ items_shipped: 2 });
    const withLinks = (link: string, generated: string) =>
      bigCommerceDetails(order, { shipments: [shipment(link, generated)] }).fulfillments?.[0];
    expect(withLinks('https://track.example/X1', 'https://gen.example/X1')?.trackingUrl).toBe('https://track.example/X1');
    expect(withLinks('', 'https://gen.example/X1')?.trackingUrl).toBe('https://gen.example/X1');
    expect(withLinks('javascript:alert(1)', '')?.trackingUrl).toBeUndefined();
  });

  it('leaves parcels and refunds for when the order is opened, and says which it has', () => {
    expect(mapped({}).detailsOnOpen).toBeUndefined();
    expect(mapped({ status_id: 2, items_shipped: 2 })).toMatchObject({ fulfillments: [], detailsOnOpen: ['fulfillments'] });
    expect(mapped({ status_id: 2, items_shipped: 2, refunded_amount: '5.0000' }).detailsOnOpen).toEqual(['fulfillments', 'refunds']);
    // A refund BigCommerce reports only in the payment status still counts.
    expect(mapped({ status_id: 11, payment_status: 'partially refunded' }).detailsOnOpen).toEqual(['refunds']);
  });

  it('reads items and the ship-to address from the embedded consignments, whatever their structure', () => {
    const line = { id: 5, order_id: 7, name: 'Mug', sku: 'MUG', quantity: 2, price_inc_tax: '9.5000' };
    const shipping = [
      { id: 9, first_name: 'Jane', last_name: 'Doe', street_1: '1 Main St', city: 'Austin', country_iso2: 'us', line_items: [line] },
    ];
    const consignments = {
      pickups: [],
      shipping,
      downloads: [{ line_items: [{ ...line, id: 6, name: 'E-book' }] }],
      email: { gift_certificates: [] },
    };
    for (const wire of [consignments, [consignments]]) {
      const order = mapped({ consignments: wire });
      expect(order.items).toEqual([
        { id: '5', title: 'Mug', sku: 'MUG', quantity: 2, price: '9.50' },
        { id: '6', title: 'E-book', sku: 'MUG', quantity: 2, price: '9.50' },
      ]);
      expect(order.shippingAddress).toMatchObject({ name: 'Jane Doe', address1: '1 Main St', countryCode: 'US' });
    }
    // Without the include BigCommerce sends only a link: nothing is made up from it.
    expect(mapped({ consignments: { url: 'https://api.bigcommerce.com/x', resource: '/orders/7/consignments' } }).items).toEqual([]);
  });

  it('uses the transactional currency, upper-cased, and a name from what the billing address has', () => {
    expect(mapped({ default_currency_code: '' })).toMatchObject({ currency: 'USD', customer: { name: 'Jane', email: 'jane@example.com' } });
  });
});

describe('customerSummary', () => {
  const order = (id: number, status: number, total: string, currency = 'USD', date = `Tue, 0${id} Mar 2019 10:00:00 +0000`) =>
    BcOrderSchema.parse({
      ...WIRE_ORDER,
      id,
      status_id: status,
      total_inc_tax: total,
      default_currency_code: currency,
      date_created: date,
    });

  it('counts placed orders and their spend, from the oldest order', () => {
    expect(customerSummary([order(3, 2, '10.10'), order(2, 5, '99.00'), order(1, 10, '5.05')], true)).toEqual({
      ordersCount: 2,
      totalSpent: '15.15',
      firstOrderAt: '2019-03-01T10:00:00.000Z',
    });
  });

  it('claims nothing from a partial list, and no spend across currencies', () => {
    expect(customerSummary([order(1, 2, '10.00')], false)).toBeUndefined();
    expect(customerSummary([order(1, 2, '10.00'), order(2, 2, '10.00', 'EUR')], true)?.totalSpent).toBeUndefined();
  });
});
