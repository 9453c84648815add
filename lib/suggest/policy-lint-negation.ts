/**
 * Negations that reach past their own words, read clause by clause (policy-lint-clause.ts):
 * - a promise not to ask ("we will never ask you to change your review", "Wir werden Sie nie bitten, Ihre Bewertung zu
 *   ändern", "レビューの変更をお願いすることは決してございません") asks for nothing; the review rule reads the reply with
 *   it blanked, together with the list of what is not asked; so does telling the buyer there is no need to change a
 *   review ("Sie müssen Ihre Bewertung nicht ändern"), but not with an exception ("…nothing except your stars");
 * - a negation carried along a list ("we will not ask you to send it back, to take photos, or to call us") reaches
 *   every item that continues the same negated verb, bare ones too once the list is closed ("…, take photos, or call
 *   us"), and no imperative after it ("…nicht zurückschicken, rufen Sie uns an"); in Korean and Japanese it comes last ("전화하시거나, 사진을 보내실 필요는 없습니다").
 * Cues: policy-lint-negation.json.
 */
import { type ClauseSpan, type Clauses, clausesIn } from '@/lib/suggest/policy-lint-clause';
import cues from '@/lib/suggest/policy-lint-negation.json';
import { anyOf } from '@/lib/suggest/policy-lint-regex';

const NEGATED_ASK = anyOf([...cues.negatedAsk, ...cues.noNeedToRevise]);
const EXCEPTION = anyOf(cues.exception);
const LIST_GOES_ON = anyOf(cues.listGoesOn);
const BARE_ITEM = anyOf(cues.bareItem);
const LIST_CLOSE = anyOf(cues.listClose);
const LIST_LINK = anyOf(cues.listLink);
const NEGATED_END = anyOf(cues.negatedEnd);

/**
 * The clauses after `index` that continue its list, each joined to the one before by a mark alone: items that continue
 * its verb ("…, to take photos"), and bare items ("…, take photos, or call us") up to the last one that closes the list.
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
  return chain.slice(0, Math.max(firstBare, chain.findLastIndex((item) => LIST_CLOSE.test(item.text)) + 1));
}

/** The text with every promise not to ask blanked, and the list of what it does not ask; offsets kept. */
export function withoutNegatedAsks(text: string): string {
  const clauses = clausesIn(text).spans;
  let blanked = text;
  clauses.forEach((clause, i) => {
    if (!NEGATED_ASK.test(clause.text) || EXCEPTION.test(clause.text)) return;
    const end = listAfter(clauses, i).at(-1)?.end ?? clause.end;
    blanked = blanked.slice(0, clause.start) + ' '.repeat(end - clause.start) + blanked.slice(end);
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
    if (negates(clauses[i]?.text ?? '') && listAfter(clauses, i).includes(clauses[at] as ClauseSpan)) return true;
  }
  for (let i = at; i + 1 < clauses.length && LIST_LINK.test(clauses[i]?.text ?? '') && clauses[i]?.markEnds; i++) {
    if (NEGATED_END.test(clauses[i + 1]?.text ?? '')) return true;
  }
  return false;
}
