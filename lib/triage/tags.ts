/** Suggested tags: every request type (lead first) and the risk signals, in the hyphenated lowercase helpdesks use. */
import type { Intent } from '@/lib/schemas/template';
import type { Priority, Reason } from '@/lib/triage/schema';

const REASON_TAGS: Partial<Record<Reason, string>> = {
  sla_breach: 'sla-breach',
  chargeback: 'chargeback',
  a_to_z_claim: 'a-to-z-claim',
  legal_threat: 'legal',
  review_threat: 'review-threat',
  repeat_contact: 'repeat-contact',
  angry: 'angry-customer',
  vip: 'vip',
  high_value: 'high-value',
  time_sensitive_event: 'deadline',
};

export function suggestTags(intents: readonly Intent[], priority: Priority, reasons: readonly Reason[]): string[] {
  const tags = [
    ...intents.filter((intent) => intent !== 'other').map((intent) => intent.replaceAll('_', '-')),
    ...(priority === 'urgent' || priority === 'high' ? [`priority-${priority}`] : []),
    ...reasons.flatMap((reason) => REASON_TAGS[reason] ?? []),
  ];
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
}
