/**
 * Calls in a reply that move the conversation off Amazon: asking the buyer to call or message the seller ("call us",
 * "rufen Sie uns an", "LINEで"), or the seller phoning the buyer ("our technician will ring you", "nous vous
 * rappellerons", "お電話番号へご連絡いたします"). A third party who calls (a courier, "el repartidor le llamará")
 * is no channel of the seller's, but "our warranty lead" is the seller. A call negated in its own clause ("you don't
 * need to call us", "no hace falta que nos llames", "お電話は不要です") asks for nothing, unlike "don't hesitate to
 * call us" or "keine Sorge, der Techniker ruft Sie an" (a negated worry). Clauses: policy-lint-clause.ts. Cues:
 * policy-lint-phone.json.
 */
import { type Clauses, clauseAfter, clauseBefore, clausesIn } from '@/lib/suggest/policy-lint-clause';
import type { Span } from '@/lib/suggest/policy-lint-types';
import { negatedAlongList } from '@/lib/suggest/policy-lint-negation';
import phoneCues from '@/lib/suggest/policy-lint-phone.json';
import { anyOf, spansOf } from '@/lib/suggest/policy-lint-regex';

const CALL_US = anyOf(phoneCues.callUs, 'giu');
// A talk on the phone the seller proposes is read like the seller phoning: a third party's is none of the seller's.
const CALL_YOU = anyOf([...phoneCues.callYou, ...phoneCues.phoneTalk], 'giu');
const THIRD_PARTY_LINE = anyOf(phoneCues.thirdPartyLine, 'giu');
const OWN_LINE = anyOf(phoneCues.ownLine, 'giu');
const OWN_DEPARTMENT = anyOf(phoneCues.ownDepartment, 'giu');
const THEIR_LINE = anyOf(phoneCues.theirLine, 'giu');
const NEGATION = anyOf(phoneCues.negation);
const NEGATION_AFTER = anyOf(phoneCues.negationAfter);
const ENCOURAGED = anyOf(phoneCues.encouraged);
const REASSURANCE = anyOf(phoneCues.reassurance, 'giu');

/** The last match's start in a text, -1 without one. */
const lastAt = (pattern: RegExp, text: string): number => [...text.matchAll(pattern)].at(-1)?.index ?? -1;

/**
 * A third party's line or call: its name, or a word pointing back at it once it is named ("if the courier cannot reach
 * us, call them on …"), comes after the last word by which the seller speaks of itself. "Our warranty team" names a
 * department of the seller's, so it counts as the seller speaking.
 */
export function thirdParty(before: string): boolean {
  const own = before.replace(OWN_DEPARTMENT, (words) => `our${' '.repeat(Math.max(0, words.length - 3))}`);
  const named = lastAt(THIRD_PARTY_LINE, own);
  return named >= 0 && Math.max(named, lastAt(THEIR_LINE, own)) > lastAt(OWN_LINE, own);
}

/**
 * Only a negation in the call's own clause negates it, or one carried to it along a list ("we will not ask you to send
 * it back, to take photos, or to call us"): "no need to send it back but call us" and "お電話いただければ返品は
 * 不要です" still call. "Keine Sorge, der Techniker ruft Sie an": a negation of the buyer's worry is blanked (offsets
 * kept); it negates no call.
 */
function negated(clauses: Clauses, span: Span): boolean {
  const around = clauseBefore(clauses, span.start) + span.text;
  if (NEGATION.test(around) && !ENCOURAGED.test(around)) return true;
  if (NEGATION_AFTER.test(clauseAfter(clauses, span.end))) return true;
  return negatedAlongList(clauses, span.start, (clause) => NEGATION.test(clause) && !ENCOURAGED.test(clause));
}

/**
 * The words before a match, back to the last full stop or line break within 120 characters. Not sentencesOf
 * (policy-lint-regex.ts), which also ends a sentence at ! ? 。: "Best to ask UPS directly! Their line is …" and
 * "ヤマト運輸へお問い合わせください。番号は…" name the carrier before the number's own sentence, and its line may be
 * passed on (policy-lint-phone.test.ts).
 */
export function sentenceBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 120), start);
  return before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
}

export function findCalls(text: string): Span[] {
  const asked = spansOf(CALL_US, text);
  const phoned = spansOf(CALL_YOU, text).filter(
    (call) => !thirdParty(sentenceBefore(text, call.start) + call.text) && !asked.some((a) => a.start < call.end && call.start < a.end),
  );
  // Blanked once for the reply (offsets kept), and its clauses scanned once for all its calls.
  const clauses = clausesIn(text.replace(REASSURANCE, (words) => ' '.repeat(words.length)));
  return [...asked, ...phoned].filter((call) => !negated(clauses, call));
}
