import type { ConnectorErrorKind, ConnectorFailure } from '@/lib/messaging';
import { useT } from '@/lib/i18n/i18n-context';
import { RichMessage } from '@/lib/i18n/rich-message';
import { problemText } from '@/lib/connectors/problem';
import { storeSourceLabel } from '@/components/store-source-label';
import { quoted } from '@/lib/i18n/quote';

// What went wrong with a store is the message `storeFailure.<kind>`: a heading an agent understands before reading the details.

/** Fixed in the options page rather than by waiting. */
const FIX_IN_SETTINGS = new Set<ConnectorErrorKind>(['auth', 'permission', 'not_found', 'config']);

/**
 * One store's failed lookup, as that store's own card among the orders: the other stores' orders
 * stay on screen. A rate-limited store is asked again by the orders query itself (lib/orders-refetch.ts).
 */
export function StoreFailureCard({ failure }: { failure: ConnectorFailure }) {
  const t = useT();
  return (
    <article className="card store-error" role="alert" data-testid="store-error" data-store={failure.connectorId} data-kind={failure.kind}>
      <header className="order-header">
        <strong>{storeSourceLabel({ id: failure.connectorId, label: failure.label }, t)}</strong>
        <span className="error">{t(`storeFailure.${failure.kind}`)}</span>
      </header>
      <p>{failure.problem ? problemText(t, failure.problem) : t('errors.said', { said: quoted(failure.message, t) })}</p>
      {FIX_IN_SETTINGS.has(failure.kind) && (
        <p className="muted">
          <RichMessage
            id="storeFailure.fixInSettings"
            values={{
              settings: (
                <a href="/options.html" target="_blank" rel="noreferrer">
                  {t('panel.settings')}
                </a>
              ),
            }}
          />
        </p>
      )}
    </article>
  );
}
