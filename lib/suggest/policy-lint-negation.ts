/**
 * Negations that reach past their own words, read clause by clause (policy-lint-clause.ts):
 * - a promise not to ask ("we will never ask you to change your review", "Wir werden Sie nie bitten, Ihre Bewertung zu
 *   ändern", "レビューの変更をお願いすることは決してございません") asks for nothing; the review rule reads the reply with
 *   it blanked, together with the list of what is not asked; so does a reward for a review refused ("we can't offer
 *   gifts in return for reviews", "特典はございません"), and telling the buyer there is no need to change a
 *   review ("Sie müssen Ihre Bewertung nicht ändern"), but not with an exception ("…nothing except your stars");
 * - a negation carried along a list ("we will not ask you to send it back, to take photos, or to call us") reaches
 *   every item that continues the same negated verb, bare ones too once the list is closed ("…, take photos, or call
 *   us"), and no imperative after it ("…nicht zurückschicken, rufen Sie uns an"); in Korean and Japanese it comes last ("전화하시거나, 사진을 보내실 필요는 없습니다").
 * Cues: policy-lint-negation.json.
 */
import { type ClauseSpan, type Clauses, clausesIn } from '@/lib/suggest/policy-lint-clause';
import cues from '@/lib/suggest/policy-lint-negation.json';
import { anyOf } from '@/lib/suggest/policy-lint-regex';

/** A promise not to ask, or a reward for a review refused: both ask for nothing. */
const NEGATED_ASK = anyOf([...cues.negatedAsk, ...cues.negatedOffer]);
const NO_NEED_TO_REVISE = anyOf(cues.noNeedToRevise);
const REVISED_TO = anyOf(cues.revisedTo);
const EXCEPTION = anyOf(cues.exception);
const EXCEPTION_FIRST = new RegExp(`^\\s*(?:${EXCEPTION.source})`, 'iu');
const LIST_GOES_ON = anyOf(cues.listGoesOn);
const BARE_ITEM = anyOf(cues.bareItem);
const LIST_CLOSE = anyOf(cues.listClose);
const LIST_CLOSE_WITHIN = anyOf(cues.listCloseWithin);
const LIST_LINK = anyOf(cues.listLink);
const NEGATED_END = anyOf(cues.negatedEnd);

/**
 * The clauses after `index` that continue its list, each joined to the one before by a mark alone: items that continue
 * its verb ("…, to take photos"), and bare items ("…, take photos, or call us") up to the last one that closes the list.
 * An English last item may close it within, without a serial comma ("…, take photos or call us"); when that item is the
 * first bare one, right after the negation, the list takes it only from its "or" ("…, call us or reply here" offers two
 * ways).
 */
function listAfter(clauses: ClauseSpan[], index: number): ClauseSpan[] {
  const chain: ClauseSpan[] = [];
  for (let i = index + 1; i < clauses.length && clauses[i - 1]?.markEnds; i++) {
    const item = clauses[i] as ClauseSpan;
    if (!LIST_GOES_ON.test(item.text) && !BARE_ITEM.test(item.text)) break;
    chain.push(item);
  }
  const firstBare = chain.findIndex((item) => !LIST_GOES_ON.test(item.text));
  if (firstBare < 0) return chain;
  const closes = chain.findLastIndex((item) => LIST_CLOSE.test(item.text) || closeWithin(item) > 0);
  const list = chain.slice(0, Math.max(firstBare, closes + 1));
  const last = list.at(-1);
  const within = last && !LIST_CLOSE.test(last.text) ? closeWithin(last) : -1;
  if (!last || within <= 0 || list.length - 1 > firstBare) return list;
  return [...list.slice(0, -1), { ...last, start: last.start + within, text: last.text.slice(within) }];
}

/** Where an item closes the list inside it ("take photos or call us"): the offset of its "or", -1 without one. */
function closeWithin(item: ClauseSpan): number {
  return LIST_CLOSE_WITHIN.exec(item.text)?.index ?? -1;
}

/** A clause that promises not to ask or refuses a reward for a review, with no exception: it asks for nothing itself. */
export const negatesAsk = (clause: string): boolean => NEGATED_ASK.test(clause) && !EXCEPTION.test(clause);

/**
 * The text with every promise not to ask blanked, and the list of what it does not ask; offsets kept. An exception in
 * the clause, or opening the next one ("…no es necesario, salvo las estrellas"), asks for what it excepts.
 */
export function withoutNegatedAsks(text: string): string {
  const clauses = clausesIn(text).spans;
  let blanked = text;
  clauses.forEach((clause, i) => {
    const noNeed = NO_NEED_TO_REVISE.test(clause.text) && !REVISED_TO.test(clause.text);
    if (!(NEGATED_ASK.test(clause.text) || noNeed) || EXCEPTION.test(clause.text)) return;
    if (clause.markEnds && EXCEPTION_FIRST.test(clauses[i + 1]?.text ?? '')) return;
    for (const { start, end } of [clause, ...listAfter(clauses, i)]) {
      blanked = blanked.slice(0, start) + ' '.repeat(end - start) + blanked.slice(end);
    }
  });
  return blanked;
}

/**
 * Whether a negation reaches the clause at `start` along a list: back through the items that continue a verb to the
 * clause that names it, tested by `negates`; or, in Korean and Japanese, forward from an item ending in a list's link
 * to the clause whose end negates it.
 */
export function negatedAlongList({ spans: clauses }: Clauses, start: number, negates: (clause: string) => boolean): boolean {
  const at = clauses.findIndex((c) => c.start <= start && start <= c.end);
  if (at < 0) return false;
  for (let i = at - 1; i >= 0 && clauses[i]?.markEnds; i--) {
    if (negates(clauses[i]?.text ?? '') && listAfter(clauses, i).some((item) => item.start <= start && start <= item.end)) return true;
  }
  for (let i = at; i + 1 < clauses.length && LIST_LINK.test(clauses[i]?.text ?? '') && clauses[i]?.markEnds; i++) {
    if (NEGATED_END.test(clauses[i + 1]?.text ?? '')) return true;
  }
  return false;
}
