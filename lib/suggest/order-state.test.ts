import { describe, expect, it } from 'vitest';
import { orderStateTags, stateFit } from '@/lib/suggest/order-state';
import { orderShaped } from '@/lib/suggest/testing/fixtures';

/** Before any estimated delivery date in the fixtures, so no parcel counts as late by accident. */
const EARLY = Date.parse('2026-01-01T00:00:00Z');

describe('orderStateTags', () => {
  it.each([
    ['in-transit', ['has-tracking']],
    ['delivered', ['delivered', 'has-tracking']],
    ['not-shipped', ['no-tracking', 'not-shipped']],
    ['multi-package', ['has-tracking', 'multi-package']],
    ['cancelled', ['cancelled', 'no-tracking']],
  ] as const)('reads %s', (shape, expected) => {
    expect([...orderStateTags(orderShaped(shape), EARLY)].sort()).toEqual([...expected].sort());
  });

  it('says late only for a parcel past its estimated delivery and not delivered', () => {
    const inTransit = orderShaped('in-transit');
    const eta = { ...inTransit, fulfillments: inTransit.fulfillments.map((f) => ({ ...f, estimatedDelivery: '2026-11-26T00:00:00Z' })) };
    expect(orderStateTags(eta, Date.parse('2026-11-24T12:00:00Z')).has('late')).toBe(false);
    expect(orderStateTags(eta, Date.parse('2026-11-28T12:00:00Z')).has('late')).toBe(true);
    const delivered = { ...eta, fulfillments: eta.fulfillments.map((f) => ({ ...f, status: 'delivered' as const })) };
    expect(orderStateTags(delivered, Date.parse('2026-11-28T12:00:00Z')).has('late')).toBe(false);
  });

  it('says no-order when there is no order', () => {
    expect([...orderStateTags(null)]).toEqual(['no-order']);
  });

  it('counts a refund as refunded', () => {
    expect(orderStateTags({ ...orderShaped('delivered'), financialStatus: 'partially_refunded' }).has('refunded')).toBe(true);
  });
});

describe('stateFit', () => {
  const delivered = orderStateTags(orderShaped('delivered'));
  it('rewards each tag that holds and punishes each that does not', () => {
    expect(stateFit(['has-tracking', 'delivered'], delivered)).toBe(1);
    expect(stateFit(['has-tracking'], delivered)).toBe(0.5);
    expect(stateFit(['no-tracking', 'not-shipped'], delivered)).toBe(-2);
  });

  it('ignores tags that are not about order state', () => {
    expect(stateFit(['amazon-safe', 'vip'], delivered)).toBe(0);
  });
});
