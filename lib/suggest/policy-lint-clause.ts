/**
 * Clauses, for the rules that read a word only in its own clause: a service word beside a pitch (policy-lint-pitch.ts)
 * and a negation beside a call (policy-lint-call.ts). One list of clause ends for both: policy-lint-clause.json —
 * punctuation, a turn ("but", "aber", "mais", "pero", "-지만", "けど") and, in Korean and Japanese, a condition.
 * A reply is scanned for its clause ends once (`clausesIn`); the words before or after a call are read from that scan.
 */
import cues from '@/lib/suggest/policy-lint-clause.json';
import { anyOf } from '@/lib/suggest/policy-lint-regex';

const CLAUSE_END = anyOf([...cues.mark, ...cues.sentenceEnd, ...cues.turn, ...cues.join], 'giu');
/** A mark alone (a comma, not a turn or a sentence's end): what a list's items are joined by. */
const MARK = anyOf(cues.mark);

/** A clause with its offsets, and whether a mark alone ends it, so that the next clause may continue its list. */
export type ClauseSpan = { start: number; end: number; text: string; markEnds: boolean };

/** A text and its clauses in order; between two clauses, from one's end to the next one's start, is a clause end. */
export type Clauses = { text: string; spans: ClauseSpan[] };

/** The text's clauses in order, with their offsets: one scan of the whole text, so that a comma sees the next word. */
export function clausesIn(text: string): Clauses {
  const spans: ClauseSpan[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    const end = m.index ?? 0;
    spans.push({ start, end, text: text.slice(start, end), markEnds: MARK.test(m[0]) });
    start = end + m[0].length;
  }
  spans.push({ start, end: text.length, text: text.slice(start), markEnds: false });
  return { text, spans };
}

/** A sentence's clauses, their ends left out. */
export const clausesOf = (sentence: string): string[] => sentence.split(CLAUSE_END);

/** The words of the clause before a match: back to the last clause end within `reach` characters. */
export function clauseBefore({ text, spans }: Clauses, start: number, reach = 80): string {
  const from = Math.max(0, start - reach);
  // The clause end after spans[i] runs from spans[i].end to spans[i + 1].start; the last clause has none.
  const after = spans.findLast((s, i) => i > 0 && (spans[i - 1]?.end ?? 0) >= from && s.start <= start);
  return text.slice(after ? after.start : from, start);
}

/** The words of the clause after a match: up to the next clause end. */
export function clauseAfter({ text, spans }: Clauses, end: number): string {
  const next = spans.find((s, i) => i < spans.length - 1 && s.end >= end);
  return text.slice(end, next?.end ?? text.length);
}
