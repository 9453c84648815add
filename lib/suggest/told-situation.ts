/**
 * Situations a customer tells or asks in words the classifier reads as another intent or as nothing,
 * one table (situation-cues.json; each row says why): a parcel meant for someone else ("it's not
 * addressed to me") reads as a return because of the label on it, a price dropped after buying as
 * a refund, a part missing from the box as a product question, "…ob es bis dahin noch ankommt?" as
 * nothing, so the cancel threatened after it would lead. Each is the request LABELS.md gives it; the
 * told words decide the clause they stand in, and the asks after them that are those situations'
 * remedies ("¿Me lo podéis mandar?" after a missing part, "when do I get it?" after a return).
 */
import type { Intent } from '@/lib/schemas/template';
import { asks } from '@/lib/suggest/ask-cues';
import { cueAlternatives, foldForCues } from '@/lib/suggest/cue-pattern';
import { asIntent } from '@/lib/suggest/fault-remedy';
import cues from '@/lib/suggest/situation-cues.json';
import type { Clause } from '@/lib/suggest/segment';

interface Situation {
  intent: Intent;
  pattern: RegExp;
  /** Whether the words count only in a clause that asks ("…, ob es noch ankommt?"), not in a story. */
  askedOnly: boolean;
  /** Whether the words count only in a clause that tells, not one that asks ("Y a-t-il des frais de dossier ?" asks before buying). */
  toldOnly: boolean;
  /** Sure readings the words overturn; any other sure reading is kept, and a weak one always gives way. */
  misreadAs: readonly Intent[];
  /** Requests asked after the situation is told (or in it) that are its remedy or its detail. */
  remedy: readonly Intent[];
  /** Whether the cues ask the shop to act ("stop the subscription"), not tell what happened (both-asked.ts). */
  asksAction: boolean;
  /** Readings, however weak, the situation leaves alone. */
  kept: readonly Intent[];
  /** Requests told before the situation is asked, asking nothing themselves, that are its story ("It is already on its way with DHL."). */
  story: readonly Intent[];
  /** Whether the words only re-read a clause already read as a request, never make a story one ("going by your size chart"). */
  requestsOnly: boolean;
}

const SITUATIONS: readonly Situation[] = Object.values(cues.situations).map((row) => ({
  intent: row.intent as Intent,
  pattern: new RegExp(cueAlternatives(row.cues), 'iu'),
  askedOnly: row.askedOnly,
  toldOnly: 'toldOnly' in row && row.toldOnly === true,
  asksAction: 'asksAction' in row && row.asksAction === true,
  misreadAs: row.misreadAs as Intent[],
  remedy: row.remedy as Intent[],
  kept: row.kept as Intent[],
  story: ('story' in row ? row.story : []) as Intent[],
  requestsOnly: 'requestsOnly' in row && row.requestsOnly === true,
}));

/** The situations each clause of the last few messages names: a pure function of the clause, so any entry stays right. */
const namedIn = new Map<string, readonly Situation[]>();
const NAMED_IN_MAX = 512;

/** The situations a clause names, in the table's order. */
function situationsIn(clause: string): readonly Situation[] {
  // Five rules ask about the same clause while one message is read: its fifty patterns run once.
  const known = namedIn.get(clause);
  if (known) return known;
  if (namedIn.size >= NAMED_IN_MAX) namedIn.clear();
  const text = foldForCues(clause);
  const asked = asks(text);
  const named = SITUATIONS.filter((s) => s.pattern.test(text) && (!s.askedOnly || asked) && (!s.toldOnly || !asked));
  namedIn.set(clause, named);
  return named;
}

/** The intents of the situations a clause asks the shop to act on, each once, in the order their words stand in it. */
export function actionsAskedInOrder(clause: string): Intent[] {
  const text = foldForCues(clause);
  const at = situationsIn(clause)
    .filter((s) => s.asksAction)
    .map((s) => ({ intent: s.intent, at: text.search(s.pattern) }));
  return [...new Set(at.sort((a, b) => a.at - b.at).map((s) => s.intent))];
}

/** The intent of the first situation a clause tells or asks, if any. */
export function toldSituation(clause: string): Intent | undefined {
  return situationsIn(clause)[0]?.intent;
}

/** The intent of the first situation a clause asks (a row counted only where the clause asks, askedOnly), if any. */
export function askedSituation(clause: string): Intent | undefined {
  return situationsIn(clause).find((s) => s.askedOnly)?.intent;
}

interface RankedReading {
  intent: Intent;
  confidence: number;
  ranking: { intent: Intent; score: number }[];
}

function readAs<T extends RankedReading>(situation: Situation, reading: T, isRequest: boolean): T | undefined {
  if (situation.requestsOnly && !isRequest) return undefined;
  if (reading.intent === situation.intent || situation.kept.includes(reading.intent)) return reading;
  return !isRequest || situation.misreadAs.includes(reading.intent) ? asIntent(reading, situation.intent) : undefined;
}

/**
 * The clause's reading as the first situation it names that takes it, a request however unsure the
 * model is of it; or undefined when it names none, or is surely read as an intent none is mistaken for.
 */
export function readAsTold<T extends RankedReading>(clause: string, reading: T, isRequest: boolean): T | undefined {
  for (const situation of situationsIn(clause)) {
    const read = readAs(situation, reading, isRequest);
    if (read) return read;
  }
  return undefined;
}

/** Whether any clause inside the request's span asks. */
const asksIn = (clauses: readonly Clause[], request: { start: number; end: number }) =>
  clauses.some((c) => c.start >= request.start && c.end <= request.end && asks(c.text));

/**
 * The requests, each remedy of a situation told before it (or in it), and each story told before one
 * asked, read as that situation; repeats merged into the first, as copies: the caller's requests stay as they were.
 */
export function asToldRemedy<R extends RankedReading & { start: number; end: number }>(
  clauses: readonly Clause[],
  requests: readonly R[],
): R[] {
  const told = clauses.map((clause) => ({ start: clause.start, situation: situationsIn(clause.text)[0] }));
  const merged: R[] = [];
  for (const request of requests) {
    const before = told.find((t) => t.situation && t.start < request.end && t.situation.remedy.includes(request.intent));
    const after = told.find((t) => t.situation?.story.includes(request.intent) && t.start >= request.end && !asksIn(clauses, request));
    const situation = before?.situation ?? after?.situation;
    const read = situation ? asIntent(request, situation.intent) : request;
    const first = merged.findIndex((r) => r.intent === read.intent);
    if (first === -1) merged.push(read);
    else if (read.confidence > merged[first]!.confidence)
      merged[first] = { ...merged[first]!, confidence: read.confidence, ranking: read.ranking };
  }
  return merged;
}
