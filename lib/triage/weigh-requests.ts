/**
 * What the message's requests (every one the classifier found, not only the lead) tell triage:
 * whether one reports something wrong with an order, and which. A damaged item asked after a
 * pre-sale question is still a damaged item: an agent trusting the panel expects it to count.
 */
import type { Intent } from '@/lib/schemas/template';
import type { IntentResult } from '@/lib/suggest/classify';

/** Above this confidence a problem request outweighs thanks or pre-sale wording in the same message. */
const SURE_OF_PROBLEM = 0.9;

/** Requests that report something wrong with an order (a VIP with one of these is `high`). */
const PROBLEM_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  'where_is_my_order',
  'cancel_order',
  'return_request',
  'exchange',
  'refund',
  'damaged_item',
  'wrong_item',
  'missing_item',
  'payment_issue',
  'complaint',
  'address_change',
  'modify_order',
  'invoice',
]);

/** A request reporting something wrong with an order: its intent, 1-based place, whether it leads. */
export interface ProblemRequest {
  intent: Intent;
  request: number;
  lead: boolean;
}

/**
 * The lead request when it is a problem, else the first other request that is; null when none is.
 * `saysOtherwise`: thanks or pre-sale wording in the message; a problem request counts then only
 * when the classifier is sure of it ("Thank you, it arrived safely" reads as damage at 0.6).
 */
export function problemRequestOf(reading: IntentResult, saysOtherwise: boolean): ProblemRequest | null {
  const counts = (intent: Intent, confidence: number) => PROBLEM_INTENTS.has(intent) && !(saysOtherwise && confidence < SURE_OF_PROBLEM);
  const requests = reading.requests.length > 0 ? reading.requests : [reading];
  const leadAt = requests.findIndex((r) => r.intent === reading.intent);
  const problemAt = counts(reading.intent, reading.confidence)
    ? Math.max(0, leadAt)
    : requests.findIndex((r, i) => i !== leadAt && counts(r.intent, r.confidence));
  const found = requests[problemAt];
  return found ? { intent: found.intent, request: problemAt + 1, lead: found.intent === reading.intent } : null;
}

/** Every intent the message asks, lead first: the tags name each. */
export function requestIntents(reading: IntentResult): Intent[] {
  return [...new Set([reading.intent, ...reading.requests.map((r) => r.intent)])];
}
