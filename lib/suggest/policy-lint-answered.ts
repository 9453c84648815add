/**
 * The buyer's own question answered, in a sentence or in the one just before it: a product of ours named there
 * is an answer, not a pitch (read by policy-lint-pitch.ts and policy-lint-promote.ts, which add their own
 * conditions). A sentence after the answer that says "also" or "too" turns to something the buyer did not ask
 * about ("You asked about delivery. We also make a lid that fits your pan."). Cues: policy-lint-asked.json, and
 * policy-lint-pitch.json's 'also'.
 */
import asked from '@/lib/suggest/policy-lint-asked.json';
import pitchCues from '@/lib/suggest/policy-lint-pitch.json';
import { anyOf } from '@/lib/suggest/policy-lint-regex';

/** "You asked", "wie von Ihnen gewünscht", "문의하신", "ご質問": the buyer's own question. */
export const ASKED = anyOf(asked.asked);
const ALSO = anyOf(pitchCues.also);

/** `answered` says what counts as an answer: the buyer's question by default, a caller may widen it. */
export function answersTheBuyer(sentence: string, previous: string, answered: RegExp = ASKED): boolean {
  return answered.test(sentence) || (answered.test(previous) && !ALSO.test(sentence));
}
