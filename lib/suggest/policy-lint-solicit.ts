/**
 * A review asked for however it is worded: within one sentence, an ask ("would you", "bitte",
 * "pourriez-vous", "부탁", "いただけ"), an offer ("free", "Gutschein", "적립금") or an "if you
 * post…" condition, together with a review word ("rating", "Sterne", "avis", "별점", "レビュー") or
 * a softer word for the buyer's view ("what you think", "Meinung", "感想") said to a public place
 * ("the listing", "other buyers", "商品ページ"). Co-occurrence carries paraphrases that no fixed
 * phrase list foresees; a thank-you for feedback holds no ask, so it passes (nor is its "für Ihre"
 * a condition). A photo of the order on the listing counts when something is offered or promised
 * for it; asking for photos of a damage does not. Cues: policy-lint-solicit.json.
 */
import type { Span } from '@/lib/suggest/policy-lint-contact';
import cues from '@/lib/suggest/policy-lint-solicit.json';

/** `\b` is ASCII-only even with the u flag: the data's `\b` means a Unicode word edge. */
const WORD_EDGE = String.raw`(?:(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_]))`;
const anyOf = (sources: readonly string[]) =>
  new RegExp(sources.map((s) => `(?:${s.replaceAll(String.raw`\b`, WORD_EDGE)})`).join('|'), 'iu');

const ASK = anyOf(cues.ask);
const OFFER = anyOf(cues.offer);
const CONDITION = anyOf(cues.condition);
const PHOTO_WORD = anyOf(cues.photoWord);
/** "Vielen Dank für Ihre Bewertung": thanks for a review already written, whose "für Ihre" is no condition. */
const THANKS_FOR = anyOf(cues.thanksFor);
const REVIEW_WORD = anyOf(cues.reviewWord);
const VIEW_WORD = anyOf(cues.viewWord);
const PUBLIC_PLACE = anyOf(cues.publicPlace);

/** Sentences with their offsets; a sentence ends at . ! ? 。 ！ ？ or a line break. */
const SENTENCE = /[^.!?。！？\n]+[.!?。！？]*/gu;

export function findReviewSolicitations(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0];
    const offers = OFFER.test(sentence);
    const conditional = CONDITION.test(sentence) && !THANKS_FOR.test(sentence);
    if (!ASK.test(sentence) && !offers && !conditional) continue;
    const shownInPublic = PUBLIC_PLACE.test(sentence);
    const photoForReward = PHOTO_WORD.test(sentence) && shownInPublic && (offers || conditional);
    if (REVIEW_WORD.test(sentence) || (VIEW_WORD.test(sentence) && shownInPublic) || photoForReward) {
      const lead = sentence.length - sentence.trimStart().length;
      const start = (m.index ?? 0) + lead;
      spans.push({ start, end: start + sentence.trim().length, text: sentence.trim() });
    }
  }
  return spans;
}
