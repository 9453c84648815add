import type { ConnectorErrorKind, ConnectorFailure } from '@/lib/messaging';

/** What went wrong with a store, as a heading an agent understands before reading the details. */
export const FAILURE_TITLES: Record<ConnectorErrorKind, string> = {
  auth: 'Sign-in rejected',
  permission: 'Missing permission',
  not_found: 'Wrong address',
  rate_limited: 'Too many requests',
  network: 'Store not reachable',
  bad_response: 'Unexpected answer',
  config: 'Incomplete settings',
};

/** Fixed in the options page rather than by waiting. */
const FIX_IN_SETTINGS = new Set<ConnectorErrorKind>(['auth', 'permission', 'not_found', 'config']);

/**
 * One store's failed lookup, as that store's own card among the orders: the other stores' orders
 * stay on screen. A rate-limited store is asked again by the orders query itself (lib/orders-refetch.ts).
 */
export function StoreFailureCard({ failure }: { failure: ConnectorFailure }) {
  return (
    <article className="card store-error" role="alert" data-testid="store-error" data-store={failure.connectorId} data-kind={failure.kind}>
      <header className="order-header">
        <strong>{failure.label}</strong>
        <span className="error">{FAILURE_TITLES[failure.kind]}</span>
      </header>
      <p>{failure.message}</p>
      {FIX_IN_SETTINGS.has(failure.kind) && (
        <p className="muted">
          Orders from this store are missing until it is fixed in{' '}
          <a href="/options.html" target="_blank" rel="noreferrer">
            Settings
          </a>
          .
        </p>
      )}
    </article>
  );
}
