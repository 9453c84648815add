/**
 * "I'm not asking for anything back, the earrings are lovely. I just want this to reach someone
 * who can change it.": a customer who says the mail asks for nothing but to be heard makes a
 * complaint (LABELS.md: `complaint` when the customer asks for the complaint itself to be heard).
 * The story told before (a shoebox of plastic for one pair of earrings, read as a wrong or damaged
 * item; "립밤 하나에 이게 맞나요?" read as a product question) asks for nothing, so it is no request;
 * an ask written after the words still is. Cues: lead-cues.json heardOnly.
 */
import type { Intent } from '@/lib/schemas/template';
import { asIntent } from '@/lib/suggest/fault-remedy';
import { asksOnlyToBeHeard } from '@/lib/suggest/lead-cues';
import type { Clause } from '@/lib/suggest/segment';

/** Readings of a grievance told as a story, which the customer then says asks for nothing. */
const STORY: readonly Intent[] = [
  'damaged_item',
  'wrong_item',
  'missing_item',
  'product_question',
  'pre_sale_question',
  'shipping_question',
  'contact_request',
  'other',
];

interface Request {
  intent: Intent;
  confidence: number;
  ranking: { intent: Intent; score: number }[];
  start: number;
  end: number;
}

/** The requests of a mail that asks only to be heard: the story before it dropped, and a complaint if nothing is left. */
export function asHeardOnly<R extends Request>(clauses: readonly Clause[], requests: readonly R[]): R[] {
  const heard = clauses.filter((clause) => asksOnlyToBeHeard(clause.text));
  if (heard.length === 0 || requests.length === 0) return [...requests];
  const upTo = heard.at(-1)!.end;
  const kept = requests.filter((r) => !(STORY.includes(r.intent) && r.start < upTo));
  if (kept.length > 0) return kept;
  const { start, end } = heard[0]!;
  return [{ ...asIntent(requests[0]!, 'complaint'), start, end }];
}
