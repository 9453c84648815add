/**
 * The Admin API access token for a Shopify connection. Since 2026-01-01 a merchant can no longer
 * create a legacy custom app in the admin; their own app is made in the Dev Dashboard and gets
 * its token through the client credentials grant (its client ID and secret exchanged at
 * /admin/oauth/access_token, valid about 24 h). A token from an existing legacy custom app
 * (shpat_…) still works and is used as given.
 * Exchanged tokens are kept in memory only, until shortly before they expire.
 */
import type { ShopifyStoreConnection } from '@/lib/schemas/store';
import { requestJson } from '@/lib/connectors/http';
import { AccessTokenResponseSchema } from './shopify-wire';
import { ConnectorError, type ConnectorContext } from './types';
import { problem } from './problem';

interface CachedToken {
  token: string;
  expiresAt: number;
}

/** Refresh this long before Shopify's expiry, so a lookup never starts with a token about to lapse. */
const EXPIRY_MARGIN_MS = 60_000;
/** When Shopify does not say how long the token lives, assume an hour. */
const DEFAULT_LIFETIME_S = 3600;

const cache = new Map<string, Promise<CachedToken>>();

function cacheKey(config: ShopifyStoreConnection, origin: string): string {
  return [origin, config.clientId, config.clientSecret].join('\u0000');
}

async function exchange(config: ShopifyStoreConnection, origin: string, ctx: ConnectorContext, now: () => number): Promise<CachedToken> {
  const clientId = config.clientId ?? '';
  const clientSecret = config.clientSecret ?? '';
  const badCredentials = (said: string | undefined) =>
    ConnectorError.of('auth', problem('storeError.shopify.clientRefused', { shop: config.shopDomain }, said ? { said } : {}));
  const { data } = await requestJson(ctx, {
    url: `${origin}/admin/oauth/access_token`,
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString(),
    schema: AccessTokenResponseSchema,
    store: `Shopify (${config.shopDomain})`,
    secrets: [clientId, clientSecret],
    onStatus: (status, _detail, _body, said) => (status === 400 || status === 401 || status === 403 ? badCredentials(said) : undefined),
    hints: { 404: problem('storeError.shopify.noStore', { shop: config.shopDomain }) },
  });
  return { token: data.access_token, expiresAt: now() + (data.expires_in ?? DEFAULT_LIFETIME_S) * 1000 - EXPIRY_MARGIN_MS };
}

/** The token to send as X-Shopify-Access-Token. */
export async function shopifyAccessToken(
  config: ShopifyStoreConnection,
  origin: string,
  ctx: ConnectorContext,
  now = Date.now,
): Promise<string> {
  if (config.accessToken) return config.accessToken;
  if (!config.clientId || !config.clientSecret) {
    throw ConnectorError.of('config', problem('storeError.shopify.needsCredentials', { shop: config.shopDomain }));
  }
  const key = cacheKey(config, origin);
  const cached = cache.get(key);
  if (cached) {
    const token = await cached.catch(() => undefined);
    if (token && token.expiresAt > now()) return token.token;
  }
  // Concurrent lookups share one exchange; a failed one is not remembered.
  const pending = exchange(config, origin, ctx, now);
  cache.set(key, pending);
  pending.catch(() => {
    if (cache.get(key) === pending) cache.delete(key);
  });
  return (await pending).token;
}

/** Drops an exchanged token Shopify has stopped accepting (revoked, app reinstalled). */
export function forgetShopifyToken(config: ShopifyStoreConnection, origin: string): boolean {
  if (config.accessToken) return false;
  return cache.delete(cacheKey(config, origin));
}
