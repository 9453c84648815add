/**
 * Free postage on a shipment still to come is a discount on a next order, which Amazon's rules forbid as marketing
 * whatever it is called: "we'll cover the postage of your next parcel", "Wir übernehmen das Porto Ihrer nächsten
 * Sendung", "다음 주문은 배송비 무료", "次回の送料は当店が負担". Postage for sending something back is service (a prepaid
 * return label). A refusal ("we can't offer free shipping on your next order") is excused by the marketing rule's
 * refusals (policy-lint-promote.ts). Cues: policy-lint-next-postage.json.
 */
import cues from '@/lib/suggest/policy-lint-next-postage.json';
import { anyOf, sentencesOf } from '@/lib/suggest/policy-lint-regex';
import type { Span } from '@/lib/suggest/policy-lint-types';

const POSTAGE = anyOf(cues.postage);
const NEXT = anyOf(cues.next);
const RETURN_TRIP = anyOf(cues.returnTrip);

export const findNextPostage = (text: string): Span[] =>
  sentencesOf(text).filter((s) => POSTAGE.test(s.text) && NEXT.test(s.text) && !RETURN_TRIP.test(s.text));
