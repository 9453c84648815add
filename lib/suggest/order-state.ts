/**
 * Order-state tags (the starter pack's vocabulary, lib/templates/starter-pack/tags.ts, plus
 * `cancelled` and `refunded`) read off an order, and how well a template's tags fit them.
 * A template tagged `delivered` must not be offered for a parcel still in transit, and a
 * `has-tracking` reply must not be offered when there is nothing to track.
 */
import type { Order } from '@/lib/schemas/order';

export const STATE_TAGS = [
  'has-tracking',
  'no-tracking',
  'multi-package',
  'not-shipped',
  'delivered',
  'late',
  'cancelled',
  'refunded',
  'no-order',
] as const;
export type StateTag = (typeof STATE_TAGS)[number];

const STATE_TAG_SET: ReadonlySet<string> = new Set(STATE_TAGS);

function newestFulfillment(order: Order) {
  const dated = order.fulfillments.map((f, i) => ({ f, at: Date.parse(f.shippedAt ?? '') || i }));
  return dated.sort((a, b) => b.at - a.at)[0]?.f;
}

/** The state tags that hold for this order (`no-order` alone when there is none). */
export function orderStateTags(order: Order | null, now = Date.now()): Set<StateTag> {
  if (!order) return new Set(['no-order']);
  const tags = new Set<StateTag>();
  const tracked = order.fulfillments.some((f) => f.trackingNumber);
  tags.add(tracked ? 'has-tracking' : 'no-tracking');
  if (order.fulfillments.length > 1) tags.add('multi-package');
  const handedOver = order.fulfillments.some((f) => f.status !== 'pending');
  if (!handedOver && ['open', 'processing', 'on_hold'].includes(order.status)) tags.add('not-shipped');
  if (order.status === 'delivered' || newestFulfillment(order)?.status === 'delivered') tags.add('delivered');
  const overdue = (f: Order['fulfillments'][number]) =>
    f.status !== 'delivered' && f.estimatedDelivery !== undefined && Date.parse(f.estimatedDelivery) < now;
  if (order.fulfillments.some(overdue)) tags.add('late');
  if (order.status === 'cancelled') tags.add('cancelled');
  if (order.status === 'refunded' || order.financialStatus === 'refunded' || order.financialStatus === 'partially_refunded') {
    tags.add('refunded');
  }
  return tags;
}

/**
 * How well a template's state tags fit the order: +0.5 for each tag that holds, −1 for each that
 * does not (a wrong claim is worse than a generic reply). Templates without state tags score 0.
 * Rewarding each holding tag makes the more specific template win ("has-tracking + delivered"
 * over plain "has-tracking" once the parcel is delivered).
 */
export function stateFit(templateTags: readonly string[], orderTags: ReadonlySet<StateTag>): number {
  let fit = 0;
  for (const tag of templateTags) {
    if (!STATE_TAG_SET.has(tag)) continue;
    fit += orderTags.has(tag as StateTag) ? 0.5 : -1;
  }
  return fit;
}

/** True when one of the template's state tags does not hold: the reply would state something false. */
export function contradictsOrder(templateTags: readonly string[], orderTags: ReadonlySet<StateTag>): boolean {
  return templateTags.some((tag) => STATE_TAG_SET.has(tag) && !orderTags.has(tag as StateTag));
}
