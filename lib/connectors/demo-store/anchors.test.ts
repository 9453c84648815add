/** Facts that fixture pages and end-to-end tests written elsewhere rely on: change them together. */
import { describe, expect, it } from 'vitest';
import { demoStoreOrders } from './load';

const orders = demoStoreOrders();
const find = (number: string) => orders.find((order) => order.number === number);

describe('demo store anchors used by fixture pages', () => {
  it('#1047: Emma Schneider, throw and two cushion covers, UPS in transit until 2026-11-26, third order', () => {
    const order = find('#1047');
    expect(order?.customer).toMatchObject({ name: 'Emma Schneider', email: 'emma.schneider@example.com', ordersCount: 3 });
    expect(order?.createdAt.slice(0, 10)).toBe('2026-11-14');
    expect(order?.items.map((i) => [i.title, i.quantity])).toEqual([
      ['Merino Wool Throw – Oatmeal', 1],
      ['Linen Cushion Cover – Sage', 2],
    ]);
    expect(order?.fulfillments).toHaveLength(1);
    expect(order?.fulfillments[0]).toMatchObject({ carrier: 'UPS', status: 'in_transit', estimatedDelivery: '2026-11-26' });
    const older = orders.filter((o) => o.customer.email === 'emma.schneider@example.com' && o.number !== '#1047');
    expect(older.map((o) => o.status)).toEqual(['delivered', 'delivered']);
  });

  it("#1052: Liam O'Connor, linen shirt size M, delivered 2026-11-20", () => {
    const order = find('#1052');
    expect(order?.customer).toMatchObject({ name: "Liam O'Connor", email: 'liam.oconnor@example.net' });
    expect(order?.items.map((i) => i.title)).toEqual(['Classic Linen Shirt – Size M']);
    expect(order?.status).toBe('delivered');
    expect(order?.fulfillments[0]).toMatchObject({ status: 'delivered', estimatedDelivery: '2026-11-20' });
  });

  it('114-3941689-8772232: Sophie Martin on Amazon, shipped by the merchant with USPS, in transit', () => {
    const order = find('114-3941689-8772232');
    expect(order).toMatchObject({ platform: 'amazon', status: 'shipped', currency: 'USD' });
    expect(order?.customer).toMatchObject({ name: 'Sophie Martin', email: '8k2mzq7xl4vb1rd@marketplace.amazon.com' });
    expect(order?.fulfillments[0]).toMatchObject({ carrier: 'USPS', status: 'in_transit' });
  });

  it('305-1234567-7654321: Daniel Weber on amazon.de, EUR, a ceramic item, delivered', () => {
    const order = find('305-1234567-7654321');
    expect(order).toMatchObject({ platform: 'amazon', status: 'delivered', currency: 'EUR' });
    expect(order?.customer).toMatchObject({ name: 'Daniel Weber', email: 'd7x9q2mf5ztr3kp@marketplace.amazon.com' });
    expect(order?.items.some((item) => /ceramic/i.test(item.title))).toBe(true);
    expect(order?.shippingAddress?.countryCode).toBe('DE');
  });
});
