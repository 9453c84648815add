/**
 * What the message's requests (every one the classifier found, not only the lead) tell triage:
 * whether one reports something wrong with an order, and which. A damaged item asked after a
 * pre-sale question is still a damaged item: an agent trusting the panel expects it to count.
 */
import type { Intent } from '@/lib/schemas/template';
import type { IntentResult } from '@/lib/suggest/classify';
import { leadFirst } from '@/lib/suggest/lead-first';

/** Above this confidence a problem request outweighs thanks or pre-sale wording in the same message. */
const SURE_OF_PROBLEM = 0.9;

/**
 * Whether a request reports something wrong with an order (a VIP with one of these is `high`).
 * Every intent is placed here, so a new one in the taxonomy does not compile until it is.
 */
const REPORTS_A_PROBLEM: Readonly<Record<Intent, boolean>> = {
  where_is_my_order: true,
  shipping_question: false,
  address_change: true,
  cancel_order: true,
  modify_order: true,
  return_request: true,
  exchange: true,
  refund: true,
  damaged_item: true,
  wrong_item: true,
  missing_item: true,
  product_question: false,
  pre_sale_question: false,
  payment_issue: true,
  invoice: true,
  discount_request: false,
  complaint: true,
  feedback: false,
  contact_request: false,
  account: false,
  other: false,
};

/** A request reporting something wrong with an order: its intent and place in the panel's groups. */
export interface ProblemRequest {
  intent: Intent;
  /** 1-based, in the panel's group order (lead first, lead-first.ts): "2." is the group it titles "2.". */
  request: number;
}

/**
 * The first request, lead first, that reports a problem; null when none does. `saysOtherwise`:
 * thanks or pre-sale wording in the message; a problem request counts then only when the
 * classifier is sure of it ("Thank you, it arrived safely" reads as damage at 0.6).
 */
export function problemRequestOf(reading: IntentResult, saysOtherwise: boolean): ProblemRequest | null {
  const asked: ReadonlyArray<{ intent: Intent; confidence: number }> = reading.requests.length > 0 ? reading.requests : [reading];
  const requests = leadFirst(asked, reading.intent);
  const at = requests.findIndex((r) => REPORTS_A_PROBLEM[r.intent] && !(saysOtherwise && r.confidence < SURE_OF_PROBLEM));
  return at < 0 ? null : { intent: requests[at]!.intent, request: at + 1 };
}

/** Every intent the message asks, lead first: the tags name each. */
export function requestIntents(reading: IntentResult): Intent[] {
  return [...new Set([reading.intent, ...reading.requests.map((r) => r.intent)])];
}
