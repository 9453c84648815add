/**
 * Every request a message makes, in order: each clause (segment.ts) is classified on its own,
 * clauses that carry no request (weak, or "other") are dropped, neighbours asking the same thing
 * are merged, and a later clause repeating an earlier request only strengthens it; an exchange
 * asked after a fault is told is that fault's remedy (fault-remedy.ts), and a situation told in
 * words read as another intent is the intent LABELS.md gives it, with its remedies
 * (told-situation.ts). A message whose clauses are all weak still gets one request: the whole
 * message's reading.
 */
import type { Intent } from '@/lib/schemas/template';
import type { LinearModel } from '@/lib/suggest/linear-model';
import { PLACEHOLDER_TOKENS, tokenize } from '@/lib/suggest/normalize';
import { asks } from '@/lib/suggest/ask-cues';
import { asFaultRemedy, asIntent } from '@/lib/suggest/fault-remedy';
import { takesBack, tellsFault } from '@/lib/suggest/lead-cues';
import { asHeardOnly } from '@/lib/suggest/heard-only';
import { withoutDeniedFault } from '@/lib/suggest/no-fault';
import { segmentClauses } from '@/lib/suggest/segment';
import { asToldRemedy, readAsTold } from '@/lib/suggest/told-situation';

export interface IntentScore {
  intent: Intent;
  score: number;
}

export interface IntentReading {
  intent: Intent;
  confidence: number;
  /** Every intent, best first; scores sum to 1. */
  ranking: IntentScore[];
}

export interface MessageRequest extends IntentReading {
  /** UTF-16 offsets into the text as given: text.slice(start, end) is the asking clause(s). */
  start: number;
  end: number;
}

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

export function findRequests(model: LinearModel, text: string, read: Read): MessageRequest[] {
  const all = segmentClauses(text.slice(0, MAX_REQUEST_TEXT));
  const clauses = all.slice(0, MAX_REQUEST_CLAUSES);
  const requests: MessageRequest[] = [];
  let previousClause = -2;
  let takenBackUnnamed = false;
  const isRequest = (reading: IntentReading, floor = MIN_REQUEST_CONFIDENCE) => reading.intent !== 'other' && reading.confidence >= floor;
  clauses.forEach((clause, index) => {
    // "Order #1047." or "Refund?" alone names a thing, not a request; the whole message may still.
    if (contentWords(clause.text) < MIN_CONTENT_WORDS) return;
    // "Don't cancel it after all" withdraws the request it names (LABELS.md): read alone it would
    // be that request, so it is none, and one asked earlier in the mail is withdrawn with it.
    const withdraw = (named: Intent) => {
      const withdrawn = requests.findIndex((r) => r.intent === named);
      if (withdrawn >= 0) requests.splice(withdrawn, 1);
    };
    if (takesBack(clause.text)) {
      const named = read(model, clause.text);
      withdraw(named.intent);
      takenBackUnnamed = !isRequest(named);
      return;
    }
    // "Ignore my last email! The one about the new address." / "… The parcel was in the recycling
    // box.": a take-back that names no request is told by the story after it, no request either.
    if (takenBackUnnamed && !asks(clause.text)) {
      takenBackUnnamed = false;
      withdraw(read(model, clause.text).intent);
      return;
    }
    takenBackUnnamed = false;
    let start = clause.start;
    let reading = read(model, clause.text);
    const floor = asks(clause.text) ? MIN_ASKING_CONFIDENCE : MIN_REQUEST_CONFIDENCE;
    // "Any idea what's going on?", "확인 부탁드려요.": an ask that names nothing asks about the
    // sentence before it, so it is read with that sentence.
    const before = clauses[index - 1];
    if (!isRequest(reading, floor) && before && asks(clause.text)) {
      const joined = read(model, text.slice(before.start, clause.end));
      if (isRequest(joined)) [reading, start] = [joined, before.start];
    }
    // "The kettle has been leaking since Tuesday": a fault told is a damaged_item request by its
    // own words, however the model reads the letter, the statute or the slang around them.
    // "It's not addressed to me", "refund the difference": a situation told in words the model
    // reads as another intent, or "…ob es bis dahin noch ankommt?" as nothing, is the request
    // LABELS.md gives it (told-situation.ts).
    const told = readAsTold(text.slice(start, clause.end), reading, isRequest(reading, floor));
    if (told) reading = told;
    else if (!isRequest(reading, floor) && tellsFault(clause.text)) reading = asIntent(reading, 'damaged_item');
    else if (!isRequest(reading, floor)) return;
    const last = requests.at(-1);
    const same = requests.find((r) => r.intent === reading.intent);
    if (last && last.intent === reading.intent && previousClause >= index - 1) {
      last.end = clause.end;
      if (reading.confidence > last.confidence) Object.assign(last, { confidence: reading.confidence, ranking: reading.ranking });
    } else if (same) {
      if (reading.confidence > same.confidence) Object.assign(same, { confidence: reading.confidence, ranking: reading.ranking });
    } else {
      requests.push({ ...reading, start, end: clause.end });
    }
    previousClause = index;
  });
  // "Ce n'est pas un défaut" before a swap: the colour told is no fault (no-fault.ts); "I'm not
  // asking for anything back": the story told is no request (heard-only.ts).
  if (requests.length > 0)
    return asFaultRemedy(clauses, asToldRemedy(clauses, asHeardOnly(clauses, withoutDeniedFault(clauses, requests))));
  const readUpTo = all.length > clauses.length ? clauses.at(-1)!.end : MAX_REQUEST_TEXT;
  const whole = read(model, text.slice(0, readUpTo));
  const start = clauses[0]?.start ?? 0;
  const end = clauses.at(-1)?.end ?? Math.min(text.length, readUpTo);
  return asFaultRemedy(clauses, asToldRemedy(clauses, asHeardOnly(clauses, [{ ...whole, start, end }])));
}
