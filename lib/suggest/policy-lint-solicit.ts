/**
 * A review asked for however it is worded: within one sentence, an ask ("would you", "bitte",
 * "pourriez-vous", "부탁", "いただけ", a question, an imperative to tell others), an offer ("free",
 * "Gutschein", "적립금") or an "if you post…" condition, together with
 * - a review word ("rating", "Sterne", "avis", "별점", "レビュー"), or
 * - the buyer's view ("what you think", "Meinung", "感想") or a telling verb ("tell", "erzählen",
 *   "faites savoir", "cuéntales", "알려") aimed at an audience ("the listing", "other parents",
 *   "the community", "future buyers", "商品ページ", "これからご購入される方"), or
 * - a revising verb on the buyer's earlier words ("update what you wrote about us", "quitar el
 *   comentario", "남기신 평가를 다시 생각"), also what the buyer published about the shop ("lo que publicó").
 * A rating of the buyer's said to be out of date ("passt nicht mehr zur Geschichte", "달라질 수 있지 않을까") asks too.
 * A statement that a good mark would help the seller ("a positive mark on our seller profile makes a real
 * difference to us", "좋은 평가는 큰 힘이 됩니다") asks without an ask word; "your feedback means a lot to us"
 * thanks for words already given, so a benefit counts only beside a good mark in general terms or beside
 * telling an audience. A gain to other shoppers ("would really benefit from hearing how it looks",
 * "gagneraient à lire", "les vendría genial saber") asks too, beside an audience and the buyer's view,
 * telling or what they would learn. So is a lift the buyer's view or review, before an audience, would give the seller
 * ("a few words where future buyers look would give us a real boost"), said in the conditional.
 * Co-occurrence carries paraphrases that no fixed phrase list foresees; a thank-you for feedback
 * holds no ask, so it passes (nor is its "für Ihre" a condition), and asking the buyer to tell us
 * what went wrong names no audience. A photo of the order on the listing counts when something is
 * offered or promised for it; asking for photos of a damage does not. A star that is a thing ("las estrellas
 * del tirador", "star-shaped knobs", "星形") is no rating, and a note left for the order or the courier ("Ihr
 * Kommentar zur Lieferung", "주문 시 쓰신 글(배송 메모)") is no review to revise; Amazon's messages ("tell
 * us the address through Amazon messages", "아마존 메시지로 알려주시면") reach the seller and are no
 * audience. Cues: policy-lint-solicit.json.
 */
import type { Span } from '@/lib/suggest/policy-lint-types';
import { anyOf, sentencesOf } from '@/lib/suggest/policy-lint-regex';
import cues from '@/lib/suggest/policy-lint-solicit.json';

const ASK = anyOf(cues.ask);
const BENEFIT = anyOf(cues.benefit);
/** "Would give us a real boost": a lift the buyer's words would give, said in the conditional. */
const BOOST = anyOf(cues.boost);
const POSITIVE_RATING = anyOf(cues.positiveRating);
const OFFER = anyOf(cues.offer);
const CONDITION = anyOf(cues.condition);
const PHOTO_WORD = anyOf(cues.photoWord);
/** "Vielen Dank für Ihre Bewertung": thanks for a review already written, whose "für Ihre" is no condition. */
const THANKS_FOR = anyOf(cues.thanksFor);
const REVIEW_WORD = anyOf(cues.reviewWord);
const VIEW_WORD = anyOf(cues.viewWord);
const SHARE_VERB = anyOf(cues.shareVerb);
const AUDIENCE = anyOf(cues.audience);
const REVISE = anyOf(cues.revise);
const PAST_OPINION = anyOf(cues.pastOpinion);
const OBJECT_STAR = anyOf(cues.objectStar, 'giu');
const OTHERS_GAIN = anyOf(cues.othersGain);
const OTHERS_LEARN = anyOf(cues.othersLearn);
/**
 * A note for the order or the courier, and Amazon's own messages: words written there reach the seller, not an audience;
 * and the review named as where the buyer told us of a fault ("in your review you pointed out the loose handle"): the
 * ask that follows is about the fault.
 */
const ORDER_NOTE = anyOf([...cues.orderNote, ...cues.privateChannel, ...cues.reviewAsSource], 'giu');
/** "The one star doesn't fit the story any more": a rating said to be out of date asks for its change by itself. */
const OUTDATED = anyOf(cues.outdated);
/** "Those impressions": the buyer's view named again, in the sentence after the one that asked for it. */
const VIEW_CARRIED = anyOf(cues.viewCarried);
/** A sentence that ends in a question mark asks something of the buyer. */
const QUESTION = /[?？]\s*$/u;

/** The reply with its order notes blanked, offsets kept: asking to change a delivery note is service. */
export const withoutOrderNotes = (text: string): string => text.replace(ORDER_NOTE, (note) => ' '.repeat(note.length));

export function findReviewSolicitations(text: string): Span[] {
  const blanked = withoutOrderNotes(text);
  const spans = sentencesOf(text);
  const sentences = spans.map(({ start, end }) => blanked.slice(start, end));
  return spans.filter((_, i) => solicits(sentences[i] ?? '') || carriesAsk(sentences[i - 1], sentences[i] ?? ''));
}

/**
 * "We'd love to know how the bag is doing. Those impressions, shared on the product page, guide anyone undecided": the
 * ask for the buyer's view in one sentence, its audience in the next, which names that view again.
 */
function carriesAsk(previous: string | undefined, sentence: string): boolean {
  if (!previous || !VIEW_CARRIED.test(sentence) || !AUDIENCE.test(sentence)) return false;
  return (ASK.test(previous) || QUESTION.test(previous)) && VIEW_WORD.test(previous);
}

function solicits(sentence: string): boolean {
  if (impliesAsk(sentence)) return true;
  const offers = OFFER.test(sentence);
  const conditional = CONDITION.test(sentence) && !THANKS_FOR.test(sentence);
  if (!ASK.test(sentence) && !QUESTION.test(sentence) && !offers && !conditional) return false;
  const toAudience = AUDIENCE.test(sentence);
  const photoForReward = PHOTO_WORD.test(sentence) && toAudience && (offers || conditional);
  const opinionShown = toAudience && (VIEW_WORD.test(sentence) || SHARE_VERB.test(sentence));
  const ratingRevised = REVISE.test(sentence) && PAST_OPINION.test(sentence);
  // Blanked, not skipped: "the stars on the lid came off — five stars would help us" still asks.
  const rated = REVIEW_WORD.test(sentence) && REVIEW_WORD.test(sentence.replace(OBJECT_STAR, ' '));
  return rated || opinionShown || ratingRevised || photoForReward;
}

/**
 * "A good mark makes a real difference to us": the benefit to the seller is the ask. So is a gain to other shoppers
 * from the buyer's view on a public place ("shoppers deciding would really benefit from hearing how it looks, on the
 * product page"); "other shoppers would benefit from the new size chart" names no view of the buyer's.
 */
function impliesAsk(sentence: string): boolean {
  if (OUTDATED.test(sentence) && (REVIEW_WORD.test(sentence) || PAST_OPINION.test(sentence))) return true;
  const othersGain = OTHERS_GAIN.test(sentence) && AUDIENCE.test(sentence);
  if (othersGain && (VIEW_WORD.test(sentence) || SHARE_VERB.test(sentence) || OTHERS_LEARN.test(sentence))) return true;
  if (BOOST.test(sentence) && AUDIENCE.test(sentence) && (VIEW_WORD.test(sentence) || REVIEW_WORD.test(sentence))) return true;
  if (!BENEFIT.test(sentence)) return false;
  return POSITIVE_RATING.test(sentence) || (AUDIENCE.test(sentence) && SHARE_VERB.test(sentence));
}
