/**
 * The buyer's own question answered, in a sentence or in the one just before it: a product of ours named there
 * is an answer, not a pitch (read by policy-lint-pitch.ts and policy-lint-promote.ts, which add their own
 * conditions). A sentence after the answer that says "also" or "too" turns to something the buyer did not ask
 * about ("You asked about delivery. We also make a lid that fits your pan."), unless it opens with a yes and
 * comes back to what was asked and adds nothing else ("You asked whether the Orbit kettle has a matching lid. Yes,
 * and the Orbit lid is in our shop as well."); a yes to a question about something that happens to the order ("whether it ships today")
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
/** A colour, a finish, a material or a size of the asked item ("in black", "en noir"): no new item. */
const ATTRIBUTE = new Set(asked.attribute);
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

/** The nouns a Korean 도 or Japanese も marks as added ("뚜껑도", "蓋も"): what the "also" brings. */
const ALSO_ITEMS = asked.alsoItem.map((source) => new RegExp(source, 'gu'));
const LATIN = /\p{Script=Latin}/u;

/**
 * Nothing new: every Latin-script word is one the buyer's question had or one that describes the asked item, and every
 * noun an "also" particle marks is one the question had.
 */
function addsNothing(sentence: string, previous: string, askedAbout: Set<string>): boolean {
  const latin = [...topicWords(sentence)].filter((word) => LATIN.test(word) && !ATTRIBUTE.has(word));
  const marked = ALSO_ITEMS.flatMap((pattern) => [...sentence.matchAll(pattern)].map((m) => m[1] ?? ''));
  return latin.every((word) => askedAbout.has(word)) && marked.every((noun) => previous.includes(noun));
}

/**
 * "Yes, and the Orbit lid fits too": a yes that says again a word of the asked sentence, and adds nothing the buyer did
 * not ask about, goes on answering it, when what was asked is whether there is an item; "yes, and the Orbit mugs are in
 * our shop too" names the product line again to pitch another item, and a yes to "does it ship today?" is done once said.
 */
function goesOnAnswering(sentence: string, previous: string): boolean {
  const yes = YES.exec(sentence);
  if (!yes || ORDER_EVENT.test(previous)) return false;
  const rest = sentence.slice(yes.index + yes[0].length);
  const askedAbout = topicWords(previous);
  return [...topicWords(rest)].some((word) => askedAbout.has(word)) && addsNothing(rest, previous, askedAbout);
}

/** `answered` says what counts as an answer: the buyer's question by default, a caller may widen it. */
export function answersTheBuyer(sentence: string, previous: string, answered: RegExp = ASKED): boolean {
  if (answered.test(sentence)) return true;
  return answered.test(previous) && (!ALSO.test(sentence) || goesOnAnswering(sentence, previous));
}
