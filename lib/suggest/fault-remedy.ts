/**
 * "Can I swap them?" after "the left earbud only works sometimes" asks for the remedy of a fault:
 * LABELS.md calls a repair or a replacement of a faulty product `damaged_item` (its templates offer
 * the replacement), and a swap with no fault told (a size, a colour) `exchange`. Customers often
 * tell the fault in a sentence the classifier reads as a story and drops (a statute cited, a long
 * letter, chat slang), so the ask alone reads `exchange`: this reads it as the fault's remedy.
 */
import type { Intent } from '@/lib/schemas/template';
import { tellsFault } from '@/lib/suggest/lead-cues';
import type { Clause } from '@/lib/suggest/segment';

/** What trading two intents' places needs of a reading (requests.ts's readings are ones; not imported: it imports this). */
interface RankedReading {
  intent: Intent;
  ranking: { intent: Intent; score: number }[];
}

const REMEDY: Intent = 'exchange';
const FAULT: Intent = 'damaged_item';

/** The requests, with an exchange asked after (or in) a clause that tells a fault read as that fault. */
export function asFaultRemedy<R extends RankedReading & { end: number }>(clauses: readonly Clause[], requests: R[]): R[] {
  // The fault is a request of its own already: the exchange stays its remedy (lead-request.ts).
  if (requests.some((r) => r.intent === FAULT)) return requests;
  return requests.map((request) => {
    if (request.intent !== REMEDY) return request;
    const faultTold = clauses.some((clause) => clause.start < request.end && tellsFault(clause.text));
    return faultTold ? asIntent(request, FAULT) : request;
  });
}

/** The request read as another intent with the same confidence: the two intents' scores trade places. */
export function asIntent<T extends RankedReading>(request: T, intent: Intent): T {
  const scoreOf = (wanted: Intent) => request.ranking.find((s) => s.intent === wanted)?.score ?? 0;
  const [from, to] = [scoreOf(request.intent), scoreOf(intent)];
  const ranking = request.ranking
    .map((s) => (s.intent === intent ? { ...s, score: from } : s.intent === request.intent ? { ...s, score: to } : s))
    .sort((a, b) => b.score - a.score);
  return { ...request, intent, ranking };
}
