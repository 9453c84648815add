/** Triage in words for the panel and the queue: reasons, waiting time against the target. */
import type { Marketplace, Priority, Reason, TriageVerdict } from '@/lib/triage/schema';

const MARKETPLACE_NAMES: Record<Marketplace, string> = { amazon: 'Amazon', ebay: 'eBay', etsy: 'Etsy', shopify: 'Shopify' };

export const PRIORITY_LABELS: Record<Priority, string> = { urgent: 'Urgent', high: 'High', normal: 'Normal', low: 'Low' };

export const REASON_LABELS: Record<Reason, string> = {
  sla_breach: 'waiting past the response target',
  sla_near: 'close to the response target',
  chargeback: 'chargeback or payment dispute mentioned',
  a_to_z_claim: 'marketplace claim (A-to-z or guarantee) mentioned',
  legal_threat: 'legal action filed or threatened',
  review_threat: 'threatens a bad review',
  repeat_contact: 'contacted you repeatedly this week',
  angry: 'angry',
  vip: 'VIP customer',
  high_value: 'high-value order',
  time_sensitive_event: 'needs the order for a dated event soon',
  none: 'nothing urgent found',
};

/** "45 minutes", "3 hours", "1 day 6 hours". */
export function formatDuration(hours: number): string {
  if (hours < 1) {
    const minutes = Math.max(0, Math.round(hours * 60));
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  const whole = Math.floor(hours);
  if (whole < 48) return `${whole} hour${whole === 1 ? '' : 's'}`;
  const days = Math.floor(whole / 24);
  const rest = whole % 24;
  return `${days} days${rest ? ` ${rest} hour${rest === 1 ? '' : 's'}` : ''}`;
}

export function targetName(verdict: Pick<TriageVerdict, 'targetHours' | 'targetSource'>): string {
  return verdict.targetSource === 'default'
    ? `your ${verdict.targetHours}-hour target`
    : `${MARKETPLACE_NAMES[verdict.targetSource]}'s ${verdict.targetHours}-hour rule`;
}

/** "Waiting 30 hours — past Amazon's 24-hour rule by 6 hours" */
export function describeWaiting(verdict: Pick<TriageVerdict, 'waitingHours' | 'targetHours' | 'targetSource'>): string {
  if (verdict.waitingHours === null) return `The customer's last message has no date; ${targetName(verdict)} applies.`;
  const waiting = `Waiting ${formatDuration(verdict.waitingHours)}`;
  const left = verdict.targetHours - verdict.waitingHours;
  if (left < 0) return `${waiting} — past ${targetName(verdict)} by ${formatDuration(-left)}`;
  return `${waiting} — ${formatDuration(left)} left of ${targetName(verdict)}`;
}
