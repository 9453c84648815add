/**
 * Promotion that names no marketing word, and contact moved off Amazon: in one sentence,
 * - the seller's own shop off Amazon ("order direct from our web shop", "unserer Website", "자사몰"),
 * - a code to use ("code SAVE12"), a deal or a coupon offered ("15 % Rabatt", "10% 할인") — one the buyer
 *   asked about (policy-lint-asked.json) or mentioned, or one that did not apply, is explained, not offered,
 * - an invitation to look at or try the seller's own or new products ("pensez à notre moulin",
 *   "저희 … 구경해 보세요", "弊社の…がおすすめ"): the pitch that follows good news. Inviting the buyer
 *   to follow instructions or a policy is service,
 * - a search for the seller's brand or shop name in the store ("type our brand name into the search bar",
 *   "im Shop nach unserem Markennamen suchen"): a pitch for whatever else the brand sells,
 * - a launch announced ("the spring collection drops on Friday", "haben wir jetzt auch … im Angebot"); a
 *   restock of what the buyer ordered ("入荷しましたので発送") is service.
 * And a social or chat channel (WhatsApp, Instagram, 카카오톡, LINE): the conversation leaves Amazon.
 * - a product name in quotes to search for ("type « Plaid Nuage » in the Amazon search", "「…」と検索"): a pointer
 *   to another product; an order number or an inbox searched is service.
 * A shop, a code or an offer named to say no ("it isn't sold by our shop", "쿠폰은 적용되지 않습니다") is
 * no promotion, unless the sentence turns to the buyer again after the no ("…, but our web shop has it"); nor is a
 * product of ours named to answer the buyer's own question ("you asked whether we sell the lid on its own"), there
 * or just before, unless the answer also gives, invites or points off Amazon.
 * Cues: policy-lint-promote.json, and policy-lint-answered.ts for the buyer's question.
 */
import { ASKED, answersTheBuyer } from '@/lib/suggest/policy-lint-answered';
import { clausesOf } from '@/lib/suggest/policy-lint-clause';
import type { Span } from '@/lib/suggest/policy-lint-types';
import nextOrderCues from '@/lib/suggest/policy-lint-next-order.json';
import cues from '@/lib/suggest/policy-lint-promote.json';
import { anyOf, sentencesOf } from '@/lib/suggest/policy-lint-regex';

const OWN_CHANNEL = anyOf(cues.ownChannel);
const DEAL_CODE = anyOf(cues.dealCode);
const DEAL = anyOf(cues.deal);
const COUPON = anyOf(cues.coupon);
const EXPLAINS = anyOf(cues.explains);
const GIVE = anyOf(cues.give);
const INVITE = anyOf(cues.invite);
const OURS = anyOf(cues.ours);
const NEW_PRODUCT = anyOf(cues.newProduct);
const LAUNCH = anyOf(cues.launch);
const SERVICE_OBJECT = anyOf(cues.serviceObject);
const SEARCH_US = anyOf(cues.searchUs);
const OFF_CHANNEL = anyOf(cues.offChannel);
const REFUSAL = anyOf(cues.refusal, 'giu');
const CONTRAST = anyOf(cues.contrast);
const QUOTED_NAME = anyOf(cues.quotedName);
const STORE_SEARCH = anyOf(cues.storeSearch);
const SEARCH_SERVICE = anyOf(cues.searchService);
const NEXT_ORDER = anyOf(cues.nextOrder);
const PURPOSE = anyOf(cues.purpose);
const REFUNDED = anyOf(nextOrderCues.refunded);

function pitchesOwnProduct(sentence: string): boolean {
  const invited = INVITE.test(sentence);
  const isNew = NEW_PRODUCT.test(sentence);
  if (!invited && !isNew) return false;
  // "Try our descaler", "Unsere Flaschen sind neu im Sortiment", "Have a look at the new range".
  const ownOrNew = OURS.test(sentence) || (invited && isNew);
  return ownOrNew && !SERVICE_OBJECT.test(sentence);
}

/**
 * "Your replacement goes out today; for more like it, just look us up on Amazon": the service word sits in another
 * clause than the search or the launch, which still points the buyer at other products — unless that clause, just
 * before, is the search's purpose ("To download the manual, search for our brand name on the support page").
 */
function pointsBesideService(sentence: string): boolean {
  if (!SERVICE_OBJECT.test(sentence)) return true;
  const clauses = clausesOf(sentence);
  return clauses.some((clause, i) => {
    if (!(LAUNCH.test(clause) || SEARCH_US.test(clause)) || SERVICE_OBJECT.test(clause)) return false;
    const before = clauses[i - 1] ?? '';
    return !(PURPOSE.test(before) && SERVICE_OBJECT.test(before));
  });
}

/**
 * "The code SPRING10 did not apply, so it has been refunded; your next delivery arrives Monday": a coupon or a code given
 * back on this order is service, when every clause that names one is the refund or says why it did not apply, and none
 * ties it to a next order ("we've refunded the postage, and a coupon awaits your next order" still offers one).
 */
function refundedCoupon(sentence: string): boolean {
  if (!REFUNDED.test(sentence)) return false;
  const named = clausesOf(sentence).filter((clause) => COUPON.test(clause) || DEAL.test(clause) || DEAL_CODE.test(clause));
  return named.every((clause) => (REFUNDED.test(clause) || EXPLAINS.test(clause)) && !NEXT_ORDER.test(clause));
}

function promotes(sentence: string): boolean {
  if (OWN_CHANNEL.test(sentence)) return true;
  if (DEAL_CODE.test(sentence) && !refundedCoupon(sentence)) return true;
  if ((LAUNCH.test(sentence) || SEARCH_US.test(sentence)) && pointsBesideService(sentence)) return true;
  // "Tapez « Plaid Nuage Polaire » dans la recherche Amazon" names a product to find; "search your order number" is service.
  if (QUOTED_NAME.test(sentence) && STORE_SEARCH.test(sentence) && !SEARCH_SERVICE.test(sentence)) return true;
  // "The 10% coupon you saw was Amazon's and has ended" answers the buyer; "here's 10% off" gives.
  const explained = EXPLAINS.test(sentence) || ASKED.test(sentence) || refundedCoupon(sentence);
  if ((COUPON.test(sentence) || DEAL.test(sentence)) && (GIVE.test(sentence) || !explained)) return true;
  return pitchesOwnProduct(sentence);
}

/** After the last no, nothing may point the buyer somewhere: a "but", the shop off Amazon, an invitation, a code or a gift. */
function refuses(sentence: string): boolean {
  const lastNo = [...sentence.matchAll(REFUSAL)].at(-1);
  if (!lastNo) return false;
  const rest = sentence.slice((lastNo.index ?? 0) + lastNo[0].length);
  return ![CONTRAST, OWN_CHANNEL, INVITE, DEAL_CODE, GIVE].some((cue) => cue.test(rest));
}

/** The buyer's own question answered, there or just before, and nothing given, offered or pointed at besides. */
function answersOnly(sentence: string, previous: string): boolean {
  if (!answersTheBuyer(sentence, previous)) return false;
  return ![OWN_CHANNEL, DEAL_CODE, DEAL, COUPON, GIVE, INVITE, CONTRAST, NEXT_ORDER].some((cue) => cue.test(sentence));
}

/** Marketing findings less those in a sentence that refuses or answers the buyer (the phrase rules see "notre boutique" alone). */
export function withoutRefusalsOrAnswers(text: string, spans: Span[]): Span[] {
  // Most replies have no finding: the refusal cues then never compile (V8 compiles at first use).
  if (spans.length === 0) return spans;
  const sentences = sentencesOf(text);
  const excused = sentences.filter((s, i) => refuses(s.text) || answersOnly(s.text, sentences[i - 1]?.text ?? ''));
  return spans.filter((span) => !excused.some((s) => s.start <= span.start && span.start < s.end));
}

export const findPromotions = (text: string): Span[] => sentencesOf(text).filter((s) => promotes(s.text));
export const findOffChannelContact = (text: string): Span[] => sentencesOf(text).filter((s) => OFF_CHANNEL.test(s.text));
