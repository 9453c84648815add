/**
 * Every request a message makes, in order: each clause (segment.ts) is classified on its own,
 * a clause that takes a request back withdraws it (take-back.ts), the clause rules read what the
 * model alone would misread (clause-rules.ts: an ask with the sentence before it, a situation or a
 * fault told), clauses that carry no request (weak, or "other") are dropped, and the rest are
 * added or merged (request-merge.ts); then the passes read the requests as a whole
 * (request-passes.ts). A message whose clauses are all weak still gets one request: the whole
 * message's reading.
 */
import type { LinearModel } from '@/lib/suggest/linear-model';
import { PLACEHOLDER_TOKENS, tokenize } from '@/lib/suggest/normalize';
import { asks } from '@/lib/suggest/ask-cues';
import { readClause } from '@/lib/suggest/clause-rules';
import { addRequest } from '@/lib/suggest/request-merge';
import { afterRequestPasses } from '@/lib/suggest/request-passes';
import { segmentClauses } from '@/lib/suggest/segment';
import { takeBackReader } from '@/lib/suggest/take-back';
import type { IntentReading, MessageRequest } from '@/lib/suggest/request-types';

export type { IntentReading, IntentScore, MessageRequest } from '@/lib/suggest/request-types';

/** Below this a clause is a story or a courtesy, not a request (chosen on the dev set). */
export const MIN_REQUEST_CONFIDENCE = 0.5;

/**
 * A clause that asks ("¿me pueden confirmar que no me cobraron?", "Und könnt ihr mir bestätigen…")
 * is a request at a lower confidence than one that only tells: second requests are asked, and
 * read alone they are often less sure of their intent than the first (chosen on dev sets 1–6).
 */
export const MIN_ASKING_CONFIDENCE = 0.45;

const MIN_CONTENT_WORDS = 2;
/** Requests are asked at the top; past this a pasted log or a 5 MB thread is not read clause by clause. */
const MAX_REQUEST_TEXT = 20_000;
/**
 * Nor past this many clauses: each is classified on its own, so 8,000 characters of pasted text
 * (140 clauses) took 20 ms, most of ranking's 25 ms budget. Our labelled sets' longest message has 11.
 */
const MAX_REQUEST_CLAUSES = 40;

/** Japanese writes a clause as one "token": there, every two characters count as a word. */
const UNSPACED = /[\u3040-\u30ff\u4e00-\u9fff]/;

function contentWords(text: string): number {
  const words = tokenize(text).filter((t) => !PLACEHOLDER_TOKENS.has(t));
  return words.reduce((n, word) => n + (UNSPACED.test(word) ? Math.ceil(word.length / 2) : 1), 0);
}

type Read = (model: LinearModel, text: string) => IntentReading;

const isRequest = (reading: IntentReading, floor = MIN_REQUEST_CONFIDENCE) => reading.intent !== 'other' && reading.confidence >= floor;

export function findRequests(model: LinearModel, text: string, read: Read): MessageRequest[] {
  const all = segmentClauses(text.slice(0, MAX_REQUEST_TEXT));
  const clauses = all.slice(0, MAX_REQUEST_CLAUSES);
  const requests: MessageRequest[] = [];
  let previousClause = -2;
  const takesBackRequest = takeBackReader((clause) => read(model, clause), isRequest);
  clauses.forEach((clause, index) => {
    // "Order #1047." or "Refund?" alone names a thing, not a request; the whole message may still.
    if (contentWords(clause.text) < MIN_CONTENT_WORDS) return;
    if (takesBackRequest(clause.text, requests)) return;
    const floor = asks(clause.text) ? MIN_ASKING_CONFIDENCE : MIN_REQUEST_CONFIDENCE;
    const found = readClause({ model, text, clauses, index, read, floor, isRequest }, read(model, clause.text));
    if (!found) return;
    addRequest(requests, found.reading, { start: found.start, end: clause.end }, previousClause >= index - 1);
    previousClause = index;
  });
  if (requests.length > 0) return afterRequestPasses(clauses, requests);
  const readUpTo = all.length > clauses.length ? clauses.at(-1)!.end : MAX_REQUEST_TEXT;
  const whole = read(model, text.slice(0, readUpTo));
  const start = clauses[0]?.start ?? 0;
  const end = clauses.at(-1)?.end ?? Math.min(text.length, readUpTo);
  return afterRequestPasses(clauses, [{ ...whole, start, end }]);
}
