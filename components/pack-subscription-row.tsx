import type { PackSubscription } from '@/lib/templates/db';

const STATUS_TEXT: Record<NonNullable<PackSubscription['lastStatus']>, string> = {
  updated: 'updated',
  unchanged: 'up to date',
  error: 'could not update',
};

function when(iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleString() : 'never';
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
  const { url, packId, lastCheckedAt, lastStatus, lastError } = subscription;
  return (
    <li className="card" data-testid="pack-subscription" data-url={url}>
      <p>
        <strong>{packId ?? 'Pack not yet downloaded'}</strong> <span className="muted">from {url}</span>
      </p>
      <p className="muted">
        Last checked {when(lastCheckedAt)}
        {lastStatus ? `: ${STATUS_TEXT[lastStatus]}` : ''}
      </p>
      {lastStatus === 'error' && lastError && (
        <p className="error" role="alert" style={{ whiteSpace: 'pre-wrap' }}>
          {lastError}
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={busy} onClick={onRefresh}>
          Check now
        </button>
        <button type="button" disabled={busy} onClick={onUnsubscribe}>
          Unsubscribe
        </button>
      </div>
    </li>
  );
}
