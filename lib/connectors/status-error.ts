/** A store's non-2xx answer as the ConnectorError that tells the agent what to check. */
import type { JsonRequest } from '@/lib/connectors/json-request';
import { problem, type ConnectorProblem } from '@/lib/connectors/problem';
import { serverSaid } from '@/lib/connectors/server-said';
import { ConnectorError } from '@/lib/connectors/types';

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function statusError(response: Response, body: string, request: JsonRequest<unknown>): ConnectorError {
  const { status } = response;
  const { store, hints = {} } = request;
  const said = serverSaid(body, request.secrets);
  const detail = said ? ` The store said: "${said}"` : '';
  const own = request.onStatus?.(status, detail, body, said);
  if (own) return own;
  const withStatus = (found: ConnectorProblem, withSaid = true): ConnectorProblem => ({
    ...found,
    status,
    ...(withSaid && said ? { said } : {}),
  });
  if (status === 401) return ConnectorError.of('auth', withStatus(hints[401] ?? problem('storeError.rejectedCredentials', { store })));
  if (status === 403) return ConnectorError.of('permission', withStatus(hints[403] ?? problem('storeError.refusedAccess', { store })));
  if (status === 404)
    return ConnectorError.of('not_found', withStatus(hints[404] ?? problem('storeError.noSuchAddress', { store }), false));
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    const found =
      retryAfterMs === undefined
        ? problem('storeError.rateLimited', { store })
        : problem('storeError.rateLimitedRetry', { store, seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
    return ConnectorError.of('rate_limited', withStatus(found, false), retryAfterMs);
  }
  if (status === 402 || status === 423) return ConnectorError.of('permission', withStatus(problem('storeError.locked', { store }), false));
  if (status >= 500) return ConnectorError.of('network', withStatus(problem('storeError.serverError', { store })));
  return ConnectorError.of('bad_response', withStatus(problem('storeError.unexpectedStatus', { store })));
}
