import { useI18n } from '@/lib/i18n/i18n-context';
import type { Translator } from '@/lib/i18n/translator';
import { renderPackText, storedPackText } from '@/lib/packs/pack-text';
import type { PackSubscription } from '@/lib/templates/db';

/** The last check's problem in the agent's language; the stored English when a line is not one this build knows. */
function lastErrorIn({ lastError, lastErrorText }: PackSubscription, t: Translator['t']): string | undefined {
  const lines = lastErrorText?.map(storedPackText);
  if (lines?.length && lines.every((line) => line !== undefined)) return lines.map((line) => renderPackText(line!, t)).join('\n');
  return lastError;
}

/** One subscribed pack URL: when it was last checked, what happened, and the on-demand actions. */
export function PackSubscriptionRow({
  subscription,
  busy = false,
  onRefresh,
  onUnsubscribe,
}: {
  subscription: PackSubscription;
  busy?: boolean;
  onRefresh: () => void;
  onUnsubscribe: () => void;
}) {
  const { t, dateTime } = useI18n();
  const { url, packId, lastCheckedAt, lastStatus } = subscription;
  const lastError = lastStatus === 'error' ? lastErrorIn(subscription, t) : undefined;
  const checked = lastCheckedAt ? dateTime(lastCheckedAt) : t('packs.subscription.never');
  return (
    <li className="card" data-testid="pack-subscription" data-url={url}>
      <p>
        {packId ? <code>{packId}</code> : <strong>{t('packs.subscription.notDownloaded')}</strong>}{' '}
        <span className="muted">{t('packs.subscription.from', { url })}</span>
      </p>
      <p className="muted">
        {lastStatus
          ? t('packs.subscription.checkedWithStatus', { when: checked, status: t(`packs.subscription.status.${lastStatus}`) })
          : t('packs.subscription.checked', { when: checked })}
      </p>
      {lastError && (
        <p className="error" role="alert" style={{ whiteSpace: 'pre-wrap' }}>
          {lastError}
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={busy} onClick={onRefresh}>
          {t('packs.subscription.checkNow')}
        </button>
        <button type="button" disabled={busy} onClick={onUnsubscribe}>
          {t('packs.subscription.unsubscribe')}
        </button>
      </div>
    </li>
  );
}
