/** The embedded demo store is the demo connector's fixture: these tests hold the data to account. */
import { describe, expect, it } from 'vitest';
import type { Order } from '@/lib/schemas/order';
import { parseTrackingNumber } from '@/lib/ticket/tracking';
import { buildDemoOrders } from './build-orders';
import { demoStoreOrders } from './load';
import { TRACKING_CARRIER_IDS } from './tracking-numbers';
import type { DemoCarrier } from './spec';

const orders = demoStoreOrders();
const cents = (amount: string) => Math.round(Number(amount) * 100);
const refundedCents = (order: Order) => order.refunds.reduce((sum, refund) => sum + cents(refund.amount), 0);

describe('demo store data', () => {
  it('is exactly what the generator produces from the specs (re-run scripts/generate-demo-store.ts)', () => {
    expect(buildDemoOrders()).toEqual(orders);
  });

  it('has about 50 customers and 80–100 orders with unique numbers', () => {
    const customers = new Set(orders.map((order) => order.customer.email));
    expect(customers.size).toBeGreaterThanOrEqual(45);
    expect(customers.size).toBeLessThanOrEqual(55);
    expect(orders.length).toBeGreaterThanOrEqual(80);
    expect(orders.length).toBeLessThanOrEqual(100);
    expect(new Set(orders.map((order) => order.number)).size).toBe(orders.length);
  });

  const categories: Record<string, (order: Order) => boolean> = {
    unfulfilled: (o) => o.status === 'open' && o.fulfillmentStatus === 'unfulfilled' && o.fulfillments.length === 0,
    processing: (o) => o.status === 'processing',
    'in transit with tracking': (o) => o.fulfillments.some((f) => f.status === 'in_transit' && !!f.trackingNumber),
    'out for delivery': (o) => o.fulfillments.some((f) => f.status === 'out_for_delivery'),
    'delivery failed': (o) => o.fulfillments.some((f) => f.status === 'failure'),
    delivered: (o) => o.status === 'delivered' && o.fulfillments.every((f) => f.status === 'delivered'),
    'partially refunded': (o) => o.financialStatus === 'partially_refunded' && refundedCents(o) > 0 && refundedCents(o) < cents(o.total),
    'fully refunded': (o) => o.financialStatus === 'refunded' && refundedCents(o) === cents(o.total),
    'returned after delivery': (o) => o.status === 'refunded' && o.fulfillmentStatus === 'returned',
    cancelled: (o) => o.status === 'cancelled',
    'on hold': (o) => o.status === 'on_hold',
    'payment pending': (o) => o.financialStatus === 'pending',
    'multi-package, different carriers': (o) =>
      o.fulfillments.length >= 2 && new Set(o.fulfillments.map((f) => f.carrier)).size === o.fulfillments.length,
    'partially fulfilled': (o) => o.fulfillmentStatus === 'partially_fulfilled',
    international: (o) => o.currency !== 'USD' && o.shippingAddress?.countryCode !== 'US',
    'no tracking link from the store': (o) => o.fulfillments.some((f) => f.trackingNumber && !f.trackingUrl),
    'amazon marketplace': (o) => o.platform === 'amazon',
  };

  it.each(Object.entries(categories))('covers %s', (_name, predicate) => {
    expect(orders.filter(predicate).length).toBeGreaterThan(0);
  });

  it('uses EUR, GBP and CAD besides USD', () => {
    expect(new Set(orders.map((order) => order.currency))).toEqual(new Set(['USD', 'EUR', 'GBP', 'CAD']));
  });

  it('gives every tracking number a valid check digit for the carrier it is stored with', () => {
    const fulfillments = orders.flatMap((order) => order.fulfillments);
    expect(fulfillments.length).toBeGreaterThan(50);
    for (const fulfillment of fulfillments) {
      const parsed = parseTrackingNumber(fulfillment.trackingNumber ?? '');
      expect(parsed, fulfillment.trackingNumber).not.toBeNull();
      expect(parsed?.carrier, fulfillment.trackingNumber).toBe(TRACKING_CARRIER_IDS[fulfillment.carrier as DemoCarrier]);
    }
  });

  it('keeps money consistent: totals cover the items, refunds never exceed the total', () => {
    for (const order of orders) {
      const items = order.items.reduce((sum, item) => sum + cents(item.price) * item.quantity, 0);
      expect(cents(order.total), order.number).toBeGreaterThanOrEqual(items);
      expect(cents(order.total) - items, `${order.number} shipping`).toBeLessThan(2500);
      expect(refundedCents(order), order.number).toBeLessThanOrEqual(cents(order.total));
    }
  });

  it('keeps dates in order: placed, then shipped, then refunded', () => {
    for (const order of orders) {
      const placed = Date.parse(order.createdAt);
      for (const f of order.fulfillments) {
        if (f.shippedAt) expect(Date.parse(f.shippedAt), order.number).toBeGreaterThan(placed);
        if (f.shippedAt && f.estimatedDelivery)
          expect(Date.parse(f.estimatedDelivery), order.number).toBeGreaterThanOrEqual(Date.parse(f.shippedAt.slice(0, 10)));
      }
      for (const r of order.refunds) expect(Date.parse(r.createdAt), order.number).toBeGreaterThan(placed);
    }
  });

  it('gives web customers a history summary that matches their orders', () => {
    const web = orders.filter((order) => order.platform !== 'amazon');
    const byEmail = groupByEmail(web);
    expect([...byEmail.values()].some((history) => history.length >= 3)).toBe(true);
    for (const [email, history] of byEmail) {
      const spent = history
        .filter((o) => o.financialStatus !== 'pending' && o.financialStatus !== 'voided')
        .reduce((sum, o) => sum + cents(o.total) - refundedCents(o), 0);
      const first = history.map((o) => o.createdAt).sort()[0];
      for (const order of history) {
        expect(order.customer.ordersCount, email).toBe(history.length);
        expect(cents(order.customer.totalSpent ?? 'NaN'), email).toBe(spent);
        expect(order.customer.firstOrderAt, email).toBe(first);
      }
    }
  });

  it('gives Amazon orders 3-7-7 numbers, relay emails and no history (Amazon does not share it)', () => {
    const amazon = orders.filter((order) => order.platform === 'amazon');
    expect(amazon.length).toBeGreaterThanOrEqual(10);
    for (const order of amazon) {
      expect(order.number).toMatch(/^\d{3}-\d{7}-\d{7}$/);
      expect(order.customer.email).toMatch(/^[a-z0-9]+@marketplace\.amazon\.com$/);
      expect(order.customer.ordersCount).toBeUndefined();
    }
  });

  it('links every order to the demo admin by its id', () => {
    for (const order of orders) {
      expect(order.adminUrl).toBe(`https://demo.deskpilot.dev/admin/orders/${order.number.replace('#', '')}`);
    }
  });
});

function groupByEmail(list: Order[]): Map<string | undefined, Order[]> {
  const map = new Map<string | undefined, Order[]>();
  for (const order of list) map.set(order.customer.email, [...(map.get(order.customer.email) ?? []), order]);
  return map;
}
