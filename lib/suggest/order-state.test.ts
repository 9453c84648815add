import { describe, expect, it } from 'vitest';
import { orderStateTags, stateFit } from '@/lib/suggest/order-state';
import { orderShaped } from '@/lib/suggest/test-fixtures';

describe('orderStateTags', () => {
  it.each([
    ['in-transit', ['has-tracking']],
    ['delivered', ['delivered', 'has-tracking']],
    ['not-shipped', ['no-tracking', 'not-shipped']],
    ['multi-package', ['has-tracking', 'multi-package']],
    ['cancelled', ['cancelled', 'no-tracking']],
  ] as const)('reads %s', (shape, expected) => {
    expect([...orderStateTags(orderShaped(shape))].sort()).toEqual([...expected].sort());
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
