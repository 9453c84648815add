/**
 * Free postage, money off or a gift on an order still to come is a discount on a next order, which Amazon's rules forbid as
 * marketing whatever it is called: "we'll cover the postage of your next parcel", "Wir übernehmen das Porto Ihrer
 * nächsten Sendung", "if you order again this month we'll take £5 off", "다음 주문은 배송비 무료", "来月…送料を当店で負担".
 * Postage for sending something back is service (a prepaid return label), and so is money given back on this order
 * ("the missing discount has been refunded; your next delivery arrives Monday"). A next order named without a benefit
 * ("your next order ships tomorrow") is the order's news. A refusal ("we can't offer free shipping on
 * your next order") is excused by the marketing rule's refusals (policy-lint-promote.ts). Cues: policy-lint-next-order.json.
 */
import cues from '@/lib/suggest/policy-lint-next-order.json';
import { anyOf, sentencesOf } from '@/lib/suggest/policy-lint-regex';
import type { Span } from '@/lib/suggest/policy-lint-types';

const BENEFIT = anyOf([...cues.postage, ...cues.moneyOff, ...cues.gift]);
const NEXT = anyOf(cues.next);
const RETURN_TRIP = anyOf(cues.returnTrip);
const REFUNDED = anyOf(cues.refunded);

/** Most replies name no next order: that cheap test first, the benefit cues (the costly ones) only then. */
export function findNextOrderBenefits(text: string): Span[] {
  if (!NEXT.test(text)) return [];
  return sentencesOf(text).filter((s) => NEXT.test(s.text) && BENEFIT.test(s.text) && !RETURN_TRIP.test(s.text) && !REFUNDED.test(s.text));
}
