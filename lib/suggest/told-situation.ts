/**
 * Situations a customer tells in words the classifier reads as another intent (situation-cues.json):
 * a parcel meant for someone else ("it's not addressed to me") reads as a return because of the
 * label on it, a price dropped after buying ("can you refund the difference?") as a refund, loyalty
 * points missing ("my last two orders show no points") as a late order, and choosing between two
 * products before buying ("I'm torn between the 3 L and the 5 L") as a product question, a priced
 * slip left out of a gift parcel ("거래명세서는 빼고") as an invoice request. LABELS.md calls them
 * `wrong_item`, `discount_request`, `account`, `pre_sale_question` and `modify_order`. The told words
 * decide the clause they stand in, and the asks after them that are those situations' remedies.
 */
import type { Intent } from '@/lib/schemas/template';
import { cueAlternatives } from '@/lib/suggest/cue-pattern';
import cues from '@/lib/suggest/situation-cues.json';
import { asIntent } from '@/lib/suggest/fault-remedy';
import type { Clause } from '@/lib/suggest/segment';

type Situation = keyof typeof cues.told;

const SITUATIONS = Object.entries(cues.told).map(([intent, byLanguage]) => ({
  intent: intent as Situation,
  pattern: new RegExp(cueAlternatives(byLanguage), 'iu'),
}));

/**
 * What the same clause is read as when it tells the situation: the label on someone else's parcel
 * reads `return_request`, "refund the difference" `refund`, points missing from two orders
 * `where_is_my_order`. A clause read as anything else keeps its reading.
 */
const MISREAD_AS: Record<Situation, readonly Intent[]> = {
  wrong_item: ['return_request', 'address_change', 'where_is_my_order', 'modify_order'],
  discount_request: ['refund', 'return_request', 'exchange'],
  account: ['where_is_my_order', 'payment_issue', 'missing_item', 'modify_order', 'shipping_question'],
  pre_sale_question: ['product_question'],
  modify_order: ['invoice', 'product_question'],
};

/**
 * Requests after the situation is told that are its remedy or its detail: "What do I do with this
 * one?" or the address it was meant for after someone else's parcel, "could you do something?"
 * after a price drop, "which one holds a whole chicken?" after choosing between two. Points
 * missing have no such later ask of their own.
 */
const REMEDY: Record<Situation, readonly Intent[]> = {
  wrong_item: ['return_request', 'address_change'],
  discount_request: ['refund', 'return_request', 'exchange'],
  account: [],
  pre_sale_question: ['product_question'],
  modify_order: [],
};

/** Which situation a clause tells, if any (the first in situation-cues.json's order). */
export function toldSituation(clause: string): Situation | undefined {
  const text = clause.normalize('NFKC').replaceAll('\u2019', "'");
  return SITUATIONS.find((s) => s.pattern.test(text))?.intent;
}

interface RankedReading {
  intent: Intent;
  confidence: number;
  ranking: { intent: Intent; score: number }[];
}

/**
 * The clause's reading as the situation it tells, a request however unsure the model is of it; or
 * undefined when it tells none, or is surely read as an intent the situation is not mistaken for.
 */
export function readAsTold<T extends RankedReading>(clause: string, reading: T, isRequest: boolean): T | undefined {
  const told = toldSituation(clause);
  if (!told) return undefined;
  if (reading.intent === told) return reading;
  return !isRequest || MISREAD_AS[told].includes(reading.intent) ? asIntent(reading, told) : undefined;
}

/**
 * The requests, each remedy of a situation told before it (or in it) read as that situation; repeats
 * merged into the first, as copies: the caller's requests stay as they were.
 */
export function asToldRemedy<R extends RankedReading & { end: number }>(clauses: readonly Clause[], requests: readonly R[]): R[] {
  const told = clauses.map((clause) => ({ end: clause.end, start: clause.start, situation: toldSituation(clause.text) }));
  const merged: R[] = [];
  for (const request of requests) {
    const before = told.find((t) => t.situation && t.start < request.end && REMEDY[t.situation].includes(request.intent));
    const read = before?.situation ? asIntent(request, before.situation) : request;
    const first = merged.findIndex((r) => r.intent === read.intent);
    if (first === -1) merged.push(read);
    else if (read.confidence > merged[first]!.confidence)
      merged[first] = { ...merged[first]!, confidence: read.confidence, ranking: read.ranking };
  }
  return merged;
}
