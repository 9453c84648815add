/**
 * Clauses, for the rules that read a word only in its own clause: a service word beside a pitch (policy-lint-pitch.ts)
 * and a negation beside a call (policy-lint-call.ts). One list of clause ends for both: policy-lint-clause.json —
 * punctuation, a turn ("but", "aber", "mais", "pero", "-지만", "けど") and, in Korean and Japanese, a condition.
 */
import cues from '@/lib/suggest/policy-lint-clause.json';
import { anyOf } from '@/lib/suggest/policy-lint-regex';

const CLAUSE_END = anyOf([...cues.mark, ...cues.sentenceEnd, ...cues.turn, ...cues.join], 'giu');
/** A mark alone (a comma, not a turn or a sentence's end): what a list's items are joined by. */
const MARK = anyOf(cues.mark);

/** A clause with its offsets, and whether a mark alone ends it, so that the next clause may continue its list. */
export type ClauseSpan = { start: number; end: number; text: string; markEnds: boolean };

/** The text's clauses in order, with their offsets. */
export function clauseSpans(text: string): ClauseSpan[] {
  const spans: ClauseSpan[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    const end = m.index ?? 0;
    spans.push({ start, end, text: text.slice(start, end), markEnds: MARK.test(m[0]) });
    start = end + m[0].length;
  }
  spans.push({ start, end: text.length, text: text.slice(start), markEnds: false });
  return spans;
}

/** A sentence's clauses, their ends left out. */
export const clausesOf = (sentence: string): string[] => sentence.split(CLAUSE_END);

/** The words of the clause before a match: back to the last clause end within `reach` characters. */
export function clauseBefore(text: string, start: number, reach = 80): string {
  const from = Math.max(0, start - reach);
  // Matched in the whole text, so that a comma's look at the next word sees that word.
  const ends = [...text.matchAll(CLAUSE_END)].filter((m) => (m.index ?? 0) >= from && (m.index ?? 0) + m[0].length <= start);
  const last = ends.at(-1);
  return text.slice(last ? (last.index ?? 0) + last[0].length : from, start);
}

/** The words of the clause after a match: up to the next clause end. */
export function clauseAfter(text: string, end: number): string {
  const next = [...text.matchAll(CLAUSE_END)].find((m) => (m.index ?? 0) >= end);
  return text.slice(end, next?.index ?? text.length);
}
