/** Triage in words for the panel and the queue: waiting time against the target, in the interface language. */
import type { Marketplace, TriageVerdict } from '@/lib/triage/schema';
import { translator, type Translator } from '@/lib/i18n/translator';

const MARKETPLACE_NAMES: Record<Marketplace, string> = { amazon: 'Amazon', ebay: 'eBay', etsy: 'Etsy', shopify: 'Shopify' };
const ENGLISH = translator('en');

/** "45 minutes", "3 hours", "2 days 2 hours" (English unless a translator is given). */
export function formatDuration(hours: number, i18n: Translator = ENGLISH): string {
  return i18n.duration(hours);
}

export function targetName(verdict: Pick<TriageVerdict, 'targetHours' | 'targetSource'>, i18n: Translator = ENGLISH): string {
  return verdict.targetSource === 'default'
    ? i18n.t('triage.target.default', { hours: verdict.targetHours })
    : i18n.t('triage.target.marketplace', { marketplace: MARKETPLACE_NAMES[verdict.targetSource], hours: verdict.targetHours });
}

/** "Waiting 30 hours — past Amazon's 24-hour rule by 6 hours" */
export function describeWaiting(
  verdict: Pick<TriageVerdict, 'waitingHours' | 'targetHours' | 'targetSource'>,
  i18n: Translator = ENGLISH,
): string {
  const target = targetName(verdict, i18n);
  if (verdict.waitingHours === null) return i18n.t('triage.noDate', { target });
  const waiting = i18n.duration(verdict.waitingHours);
  const left = verdict.targetHours - verdict.waitingHours;
  if (left < 0) return i18n.t('triage.past', { waiting, target, over: i18n.duration(-left) });
  return i18n.t('triage.left', { waiting, target, left: i18n.duration(left) });
}
