/**
 * The priority rules, first match wins (issue 11):
 * urgent — an Amazon ticket past its target, or a chargeback / card dispute, A-to-z (or other
 *          marketplace guarantee) claim, or legal action filed or threatened, on any channel;
 * high   — near or past the target elsewhere, a review threat, angry and repeat contact, a VIP
 *          with a problem, a high order value, a time-sensitive event;
 * low    — pure thanks or feedback, or a pre-sale question with no deadline;
 * normal — the rest (an angry first contact included).
 */
import type { Marketplace, Priority, Reason } from '@/lib/triage/schema';

export interface PriorityFacts {
  reasons: ReadonlySet<Reason>;
  marketplace: Marketplace | null;
  /** The customer reports something wrong (not thanks, not a question before buying). */
  problem: boolean;
  pureThanks: boolean;
  preSale: boolean;
}

export function decidePriority(facts: PriorityFacts): Priority {
  const has = (reason: Reason) => facts.reasons.has(reason);
  if ((facts.marketplace === 'amazon' && has('sla_breach')) || has('chargeback') || has('a_to_z_claim') || has('legal_threat'))
    return 'urgent';
  if (
    has('sla_near') ||
    has('sla_breach') ||
    has('review_threat') ||
    (has('angry') && has('repeat_contact')) ||
    (has('vip') && facts.problem) ||
    has('high_value') ||
    has('time_sensitive_event')
  ) {
    return 'high';
  }
  if (facts.pureThanks || facts.preSale) return 'low';
  return 'normal';
}
