/**
 * Two situations about an order already placed that the classifier misreads (order-situation-cues.json):
 * asking whether it will still arrive by a date ("Können Sie mir sagen, ob es bis dahin noch
 * ankommt?") reads as nothing, so the cancel threatened after it ("Wenn nicht, bitte stornieren")
 * is the only request left and leads; the same order placed twice by mistake reads as a payment
 * problem because of the frozen payment page told with it. LABELS.md calls them `where_is_my_order`
 * (held-out 15's calls) and `cancel_order`; asking two orders shipped in one box, or what is in
 * stock sent first, reads as a shipping question: `modify_order`. Applied after told-situation.ts, which it never overrides.
 */
import type { Intent } from '@/lib/schemas/template';
import { asks } from '@/lib/suggest/ask-cues';
import { cueAlternatives } from '@/lib/suggest/cue-pattern';
import { asIntent } from '@/lib/suggest/fault-remedy';
import cues from '@/lib/suggest/order-situation-cues.json';

interface OrderSituation {
  intent: Intent;
  pattern: RegExp;
  /** Whether the words count only in a clause that asks ("…, ob es noch ankommt?"), not in a story. */
  askedOnly: boolean;
  /** Sure readings the words overturn; any other sure reading is kept, and a weak one always gives way. */
  misreadAs: readonly Intent[];
}

const SITUATIONS: readonly OrderSituation[] = [
  // A sure shipping_question ("Will it arrive by Christmas if I order today?") is a pre-sale ask: kept.
  { intent: 'where_is_my_order', pattern: new RegExp(cueAlternatives(cues.arrivesInTime), 'iu'), askedOnly: true, misreadAs: [] },
  {
    intent: 'cancel_order',
    pattern: new RegExp(cueAlternatives(cues.orderedTwice), 'iu'),
    askedOnly: false,
    misreadAs: ['payment_issue', 'product_question', 'missing_item'],
  },
  {
    intent: 'modify_order',
    pattern: new RegExp(cueAlternatives(cues.shippedTogetherOrApart), 'iu'),
    askedOnly: true,
    misreadAs: ['shipping_question', 'address_change'],
  },
];

interface RankedReading {
  intent: Intent;
  confidence: number;
  ranking: { intent: Intent; score: number }[];
}

/** The clause's reading as the order situation it tells or asks, or undefined when it names none or is surely read as something else. */
export function readAsOrderSituation<T extends RankedReading>(clause: string, reading: T, isRequest: boolean): T | undefined {
  const text = clause.normalize('NFKC').replaceAll('\u2019', "'");
  const situation = SITUATIONS.find((s) => s.pattern.test(text) && (!s.askedOnly || asks(text)));
  if (!situation) return undefined;
  if (reading.intent === situation.intent) return reading;
  return !isRequest || situation.misreadAs.includes(reading.intent) ? asIntent(reading, situation.intent) : undefined;
}
