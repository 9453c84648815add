import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PackSubscriptionRow } from '@/components/pack-subscription-row';
import { PackIssues } from '@/components/pack-issues';
import { refreshSubscription, subscribe, SubscriptionError, unsubscribe } from '@/lib/packs/subscription';
import type { PackIssue } from '@/lib/packs/validate';
import { packSubscriptionsQuery } from '@/lib/queries/library';
import { useT } from '@/lib/i18n/i18n-context';
import { packErrorText } from '@/lib/packs/pack-text';
import { useRefreshLibrary } from '@/components/template-library/use-template-writes';
import { hasHostPermission, requestPackPermission } from './pack-permission';
import { importSummaryText, refreshText } from './summary-text';

const PLACEHOLDER_URL = 'https://raw.githubusercontent.com/acme/support/main/pack.json';

/**
 * Subscribing to a pack URL the team publishes, checked every hour by the background and here on
 * demand. The host permission is asked for first, in the click, for that one origin.
 */
export function Subscriptions() {
  const t = useT();
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
      setStatus(packErrorText(error, t));
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
      if (!(await granted)) return t('packs.subscriptions.denied');
      const result = await subscribe(url, { hasHostPermission });
      setUrl('');
      return result.status === 'updated'
        ? t('packs.subscriptions.subscribedWith', {
            summary: importSummaryText({ name: result.packId, version: result.version }, result.summary, t),
          })
        : t('packs.subscriptions.subscribed', { pack: result.packId ?? url });
    });
  };

  return (
    <section className="subsection" data-testid="pack-subscriptions">
      <h3>{t('packs.subscriptions.title')}</h3>
      <p className="muted">{t('packs.subscriptions.explain')}</p>
      <form className="inline-form" onSubmit={onSubscribe}>
        <label className="field">
          <span>{t('packs.subscriptions.address')}</span>
          <input
            type="url"
            required
            value={url}
            // An address is written the same in every language.
            placeholder={PLACEHOLDER_URL}
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={busy !== null}>
          {t('packs.subscriptions.subscribe')}
        </button>
      </form>
      {status && (
        <p role="status" data-testid="subscription-status" style={{ whiteSpace: 'pre-wrap' }}>
          {status}
        </p>
      )}
      <PackIssues issues={issues} title={t('packs.subscriptions.issuesTitle')} />
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
                return refreshText(result, t);
              })
            }
            onUnsubscribe={() =>
              void run(subscription.url, async () => {
                await unsubscribe(subscription.url);
                return t('packs.subscriptions.unsubscribed', { url: subscription.url });
              })
            }
          />
        ))}
      </ul>
    </section>
  );
}
