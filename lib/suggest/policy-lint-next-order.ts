/**
 * Free postage, money off or a gift on an order still to come is a discount on a next order, which Amazon's rules forbid as
 * marketing whatever it is called: "we'll cover the postage of your next parcel", "Wir übernehmen das Porto Ihrer
 * nächsten Sendung", "if you order again this month we'll take £5 off", "다음 주문은 배송비 무료", "来月…送料を当店で負担".
 * Postage for sending something back is service (a prepaid return label), and so is money given back on this order
 * ("the missing discount has been refunded; your next delivery arrives Monday"). A next order named without a benefit
 * ("your next order ships tomorrow") is the order's news. A refusal ("we can't offer free shipping on
 * your next order") is excused by the marketing rule's refusals (policy-lint-promote.ts). The buyer coming back or wanting
 * another one ("votre retour chez nous", "다음에 또 찾아 주시면") names a next order too; its benefit may follow in the next
 * sentence (the promise after the condition), and its "retour" is the buyer's, not a parcel's. Cues: policy-lint-next-order.json.
 */
import cues from '@/lib/suggest/policy-lint-next-order.json';
import pitchCues from '@/lib/suggest/policy-lint-pitch.json';
import { anyOf, sentencesOf } from '@/lib/suggest/policy-lint-regex';
import type { Span } from '@/lib/suggest/policy-lint-types';

const BENEFIT = anyOf([...cues.postage, ...cues.moneyOff, ...cues.gift]);
const NEXT = anyOf([...cues.next, ...cues.comeBack]);
const COME_BACK = anyOf(cues.comeBack);
const COME_BACKS = anyOf(cues.comeBack, 'giu');
const RETURN_TRIP = anyOf(cues.returnTrip);
const REFUNDED = anyOf(cues.refunded);
/** A replacement, something sent or enclosed: what follows a hope to see the buyer again is then this order's service. */
const SERVICE = anyOf(pitchCues.service);

/** Most replies name no next order: that cheap test first, the benefit cues (the costly ones) only then. */
export function findNextOrderBenefits(text: string): Span[] {
  if (!NEXT.test(text)) return [];
  const sentences = sentencesOf(text);
  const service = (sentence: string) => RETURN_TRIP.test(sentence.replace(COME_BACKS, ' ')) || REFUNDED.test(sentence);
  return sentences.filter((s, i) => {
    if (!NEXT.test(s.text)) return false;
    if (BENEFIT.test(s.text)) return !service(s.text);
    const after = sentences[i + 1]?.text ?? '';
    return COME_BACK.test(s.text) && BENEFIT.test(after) && !service(s.text) && !service(after) && !SERVICE.test(after);
  });
}
