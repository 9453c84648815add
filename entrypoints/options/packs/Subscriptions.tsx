import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PackSubscriptionRow } from '@/components/pack-subscription-row';
import { PackIssues } from '@/components/pack-issues';
import { refreshSubscription, subscribe, SubscriptionError, unsubscribe } from '@/lib/packs/subscription';
import type { PackIssue } from '@/lib/packs/validate';
import { packSubscriptionsQuery } from '@/lib/queries';
import { errorText } from '@/components/template-library/error-text';
import { useRefreshLibrary } from '@/components/template-library/use-template-writes';
import { hasHostPermission, requestPackPermission } from './pack-permission';
import { importSummaryText, refreshText } from './summary-text';

/**
 * Subscribing to a pack URL the team publishes, checked every hour by the background and here on
 * demand. The host permission is asked for first, in the click, for that one origin.
 */
export function Subscriptions() {
  const subscriptions = useQuery(packSubscriptionsQuery());
  const refresh = useRefreshLibrary();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [issues, setIssues] = useState<PackIssue[]>([]);

  const run = async (key: string, action: () => Promise<string>) => {
    setBusy(key);
    setIssues([]);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus(errorText(error));
      if (error instanceof SubscriptionError && error.issues) setIssues(error.issues);
    } finally {
      setBusy(null);
      await refresh();
    }
  };

  const onSubscribe = (event: FormEvent) => {
    event.preventDefault();
    // Before anything else is awaited: the prompt needs this click's user gesture.
    const granted = requestPackPermission(url);
    void run('subscribe', async () => {
      if (!(await granted)) return 'Deskpilot was not allowed to read that site, so it did not subscribe.';
      const result = await subscribe(url, { hasHostPermission });
      setUrl('');
      return result.status === 'updated'
        ? `Subscribed: ${importSummaryText({ name: result.packId, version: result.version }, result.summary)}`
        : `Subscribed to ${result.packId ?? url}.`;
    });
  };

  return (
    <section className="subsection" data-testid="pack-subscriptions">
      <h3>Subscriptions</h3>
      <p className="muted">
        The address of a pack your team publishes (a Git repository’s raw file, a bucket, an intranet server). Deskpilot checks it every
        hour.
      </p>
      <form className="inline-form" onSubmit={onSubscribe}>
        <label className="field">
          <span>Pack address</span>
          <input
            type="url"
            required
            value={url}
            placeholder="https://raw.githubusercontent.com/acme/support/main/pack.json"
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={busy !== null}>
          Subscribe
        </button>
      </form>
      {status && (
        <p role="status" data-testid="subscription-status" style={{ whiteSpace: 'pre-wrap' }}>
          {status}
        </p>
      )}
      <PackIssues issues={issues} title="The pack at this address has problems, so nothing changed." />
      <ul className="subscription-list">
        {(subscriptions.data ?? []).map((subscription) => (
          <PackSubscriptionRow
            key={subscription.url}
            subscription={subscription}
            busy={busy !== null}
            onRefresh={() =>
              void run(subscription.url, async () => {
                const result = await refreshSubscription(subscription.url, { hasHostPermission });
                if (result.status === 'error' && result.issues) setIssues(result.issues);
                return refreshText(result);
              })
            }
            onUnsubscribe={() =>
              void run(subscription.url, async () => {
                await unsubscribe(subscription.url);
                return `Unsubscribed from ${subscription.url}. The pack’s templates stay until you delete the pack.`;
              })
            }
          />
        ))}
      </ul>
    </section>
  );
}
