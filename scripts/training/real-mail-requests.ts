/**
 * The labelled requests of the real-style mail sets that are already tuned on (dev 1–7, held-out
 * 7–20), as training clauses: each request's span, with its intent, in the language it was written
 * in. The classifier reads a mail clause by clause, so the span is what the model meets.
 *
 * Held-out 1–6 are never tuned on and stay the guard a training change is measured on; a set written
 * after this list (held-out 21 on) is unseen until a session opens it for tuning. Neither is read.
 */
import { readFileSync } from 'node:fs';
import type { Intent } from '@/lib/schemas/intent';
import type { TrainingExample } from '@/lib/suggest/train';
import { parseRequestSet, type RequestLabelledLine } from '@/lib/suggest/request-set';
import { segmentClauses } from '@/lib/suggest/segment';
import { asks } from '@/lib/suggest/ask-cues';

const FIXTURES = 'tests/fixtures/intent';

/** By name, in the order they were written; the order is part of the recipe (it seeds the shuffle). */
export const TUNED_ON_SETS: readonly string[] = [
  'real-mail-dev',
  'real-mail-dev-2',
  'real-mail-dev-3',
  'real-mail-dev-4',
  'real-mail-dev-5',
  'real-mail-dev-6',
  ...Array.from({ length: 14 }, (_, i) => `real-mail-heldout-${i + 7}`),
  'real-mail-dev-7',
];

/** held-out (1) to 6: the never-tuned guards. */
const NEVER_TUNED = /^real-mail-heldout(-[1-6])?$/;

export function setPath(name: string): string {
  return `${FIXTURES}/${name}.jsonl`;
}

function readSets(names: readonly string[], read: (path: string) => string): RequestLabelledLine[] {
  return names.flatMap((name) => {
    if (NEVER_TUNED.test(name) || !TUNED_ON_SETS.includes(name)) throw new Error(`${name} is not a tuned-on set; it is never trained on`);
    const path = setPath(name);
    return parseRequestSet(read(path), path);
  });
}

const readFile = (path: string) => readFileSync(path, 'utf8');

/**
 * Every labelled request of the named sets (default: all tuned-on sets), in set and mail order.
 * With `keepsSpan`, a span the judge leaves out is not trained on: one whose label came from the
 * sentence before ("Can you check what's going on?", "どうすればよいでしょうか。" after the problem
 * it asks about; read-as-labelled.ts). Alone, such spans taught the model that a bare "can you
 * check?" is a payment problem, so it no longer read them with their sentence (session 20).
 * The judge is given the span, the mail's text before it and, where the mail has a clause before
 * it, the text from that clause's start to the span's end: what the classifier reads when it joins
 * an ask to its sentence.
 */
export function realMailRequests(
  names: readonly string[] = TUNED_ON_SETS,
  read = readFile,
  keepsSpan: (span: SpanInMail) => boolean = () => true,
): TrainingExample[] {
  return readSets(names, read).flatMap((mail) => {
    const clauses = segmentClauses(mail.text);
    return mail.requests.flatMap(({ span, intent }) => {
      const text = span.trim();
      const start = mail.text.indexOf(text);
      const before = clauses.filter((clause) => clause.end <= start).at(-1);
      const withBefore = before ? mail.text.slice(before.start, start + text.length) : undefined;
      return keepsSpan({ text, intent, withBefore, toldBefore: mail.text.slice(0, start) }) ? [{ text, intent }] : [];
    });
  });
}

export interface SpanInMail {
  text: string;
  intent: Intent;
  /** The span with the clause before it in its mail (from that clause's start), if one is. */
  withBefore?: string;
  /** Everything the mail says before the span. */
  toldBefore?: string;
}

/**
 * The clauses of the same mails that overlap no labelled request and ask nothing ("I ordered it on
 * the 12th."), as the classifier splits them (segment.ts), labelled `other`: what the mail tells
 * around its asks. An asking clause outside every span is left out: the labels give one span per
 * request, so "Please refund the duplicate." after a labelled "I was charged twice" is part of it.
 */
export function realMailContext(names: readonly string[] = TUNED_ON_SETS, read = readFile): TrainingExample[] {
  return readSets(names, read).flatMap((mail) => {
    const spans = mail.requests.map(({ span }) => {
      const start = mail.text.indexOf(span);
      return { start, end: start + span.length };
    });
    return segmentClauses(mail.text)
      .filter((clause) => !asks(clause.text) && spans.every((span) => clause.end <= span.start || clause.start >= span.end))
      .map((clause) => ({ text: clause.text, intent: 'other' as const }));
  });
}
