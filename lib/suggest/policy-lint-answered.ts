/**
 * The buyer's own question answered, in a sentence or in the one just before it: a product of ours named there
 * is an answer, not a pitch (read by policy-lint-pitch.ts and policy-lint-promote.ts, which add their own
 * conditions). A sentence after the answer that says "also" or "too" turns to something the buyer did not ask
 * about ("You asked about delivery. We also make a lid that fits your pan."), unless it opens with a yes and
 * comes back to what was asked ("You asked whether the Orbit kettle has a matching lid. Yes, and the Orbit lid
 * is in our shop as well."); a yes to a question about something that happens to the order ("whether it ships today")
 * answers that, and what it adds with an "also" turns away, whatever words it shares with the question.
 * Cues: policy-lint-asked.json, and policy-lint-pitch.json's 'also'.
 */
import asked from '@/lib/suggest/policy-lint-asked.json';
import pitchCues from '@/lib/suggest/policy-lint-pitch.json';
import { anyOf } from '@/lib/suggest/policy-lint-regex';

/** "You asked", "wie von Ihnen gewünscht", "문의하신", "ご質問": the buyer's own question. */
export const ASKED = anyOf(asked.asked);
const ALSO = anyOf([...pitchCues.also, ...asked.alsoParticle]);
const YES = anyOf(asked.yes);
const ORDER_EVENT = anyOf(asked.orderEvent);
const NOT_TOPIC = new Set(asked.notTopic);
/** Words of Latin script or Hangul (a Korean particle cut off), and runs of katakana or of kanji. */
const WORD = /[\u30a1-\u30ffー]{2,}|[\u4e00-\u9fff]{2,}|[\p{Script=Latin}\p{N}'’]+|[가-힣]+/gu;
const KOREAN_PARTICLE = /(?:은|는|이|가|을|를|도|의|에|와|과|로|으로|에서|에도|용)$/u;

function topicWords(sentence: string): Set<string> {
  const words = new Set<string>();
  for (const [word] of sentence.toLowerCase().matchAll(WORD)) {
    const stem = word.replace(KOREAN_PARTICLE, '');
    if ([...stem].length >= (/[a-z]/.test(stem) ? 3 : 2) && !NOT_TOPIC.has(stem)) words.add(stem);
  }
  return words;
}

/**
 * "Yes, and the Orbit lid fits too": a yes that says again a word of the asked sentence goes on answering it, when what
 * was asked is whether there is an item; a yes to "does it ship today?" is done once said.
 */
function goesOnAnswering(sentence: string, previous: string): boolean {
  if (!YES.test(sentence) || ORDER_EVENT.test(previous)) return false;
  const askedAbout = topicWords(previous);
  return [...topicWords(sentence)].some((word) => askedAbout.has(word));
}

/** `answered` says what counts as an answer: the buyer's question by default, a caller may widen it. */
export function answersTheBuyer(sentence: string, previous: string, answered: RegExp = ASKED): boolean {
  if (answered.test(sentence)) return true;
  return answered.test(previous) && (!ALSO.test(sentence) || goesOnAnswering(sentence, previous));
}
