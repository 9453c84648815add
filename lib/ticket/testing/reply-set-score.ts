/**
 * How a stripper's output is compared with a set case's expected text, and a set's score.
 * Node only: used by tests and `npm run eval`, never bundled.
 */
import type { ReplySetCase } from '@/lib/ticket/testing/reply-sets';

/**
 * Compares what a reader sees, not the layout: each line trimmed with runs of spaces collapsed,
 * blank lines dropped (HTML has no canonical blank-line rendering), list bullets ignored.
 */
export function readableLines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/[\s\u00a0]+/g, ' ')
        .replace(/^ ?(?:[•*·-] )?/, '')
        .trim(),
    )
    .filter((line) => line !== '')
    .join('\n');
}

export interface ReplySetScore {
  cases: number;
  passed: number;
  failures: Array<{ id: string; expected: string; got: string }>;
}

/** Runs a stripper (given the case's format) over cases; a case passes when the readable lines match. */
export function scoreReplySet(cases: readonly ReplySetCase[], strip: (c: ReplySetCase) => string): ReplySetScore {
  const score: ReplySetScore = { cases: cases.length, passed: 0, failures: [] };
  for (const c of cases) {
    let got: string;
    try {
      got = strip(c);
    } catch (error) {
      got = `threw ${String(error)}`;
    }
    if (readableLines(got) === readableLines(c.expected)) score.passed++;
    else score.failures.push({ id: c.id, expected: c.expected, got });
  }
  return score;
}
