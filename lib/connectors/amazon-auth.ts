/**
 * Login with Amazon: the seller's refresh token is exchanged for an access token (valid about an
 * hour) that every SP-API call carries as x-amz-access-token. Since 2023-10-02 SP-API needs no
 * AWS IAM role or Signature Version 4, only this token. Tokens are cached per app and seller
 * until a minute before they expire (in memory, and in the context's token store so a restarted
 * background keeps them), and concurrent look-ups share one exchange.
 */
import type { AmazonStoreConnection } from '@/lib/schemas/store';
import { requestJson } from '@/lib/connectors/http';
import { requireSecureUrl } from '@/lib/connectors/secure-url';
import { LWA_TOKEN_URL } from './amazon-regions';
import { LwaTokenResponseSchema } from './amazon-wire';
import { systemClock, type Clock } from './amazon-rate-limit';
import { ConnectorError, type ConnectorContext, type TokenStore } from './types';
import { problem } from './problem';

/** Renew this long before Amazon's expiry, so a token never lapses mid look-up. */
const EXPIRY_MARGIN_MS = 60_000;
const LWA_STORE = 'Login with Amazon';

type Credentials = Pick<AmazonStoreConnection, 'clientId' | 'clientSecret' | 'refreshToken' | 'tokenUrl'>;

export function lwaTokenUrl(config: Credentials): URL {
  return requireSecureUrl(config.tokenUrl ?? LWA_TOKEN_URL, 'Login with Amazon');
}

export interface AccessToken {
  value: string;
  /** False when it came from the cache (and may have been revoked since). */
  fresh: boolean;
}

export class LwaTokenCache {
  private readonly tokens = new Map<string, { value: string; expiresAt: number }>();
  private readonly exchanges = new Map<string, Promise<string>>();

  constructor(private readonly clock: Pick<Clock, 'now'> = systemClock) {}

  private key(config: Credentials): string {
    return [lwaTokenUrl(config).href, config.clientId, config.refreshToken].join('\u0000');
  }

  async get(config: Credentials, ctx: ConnectorContext): Promise<AccessToken> {
    const key = this.key(config);
    const cached = this.tokens.get(key) ?? (await this.stored(key, ctx.tokenStore));
    if (cached && cached.expiresAt > this.clock.now()) return { value: cached.value, fresh: false };
    let exchange = this.exchanges.get(key);
    if (!exchange) {
      exchange = this.exchange(key, config, ctx).finally(() => this.exchanges.delete(key));
      this.exchanges.set(key, exchange);
    }
    return { value: await exchange, fresh: true };
  }

  /** Forgets a token SP-API refused, so the next call exchanges the refresh token again. */
  async invalidate(config: Credentials, ctx: ConnectorContext): Promise<void> {
    const key = this.key(config);
    this.tokens.delete(key);
    await ctx.tokenStore?.delete(await storeKey(key)).catch(() => undefined);
  }

  /** A token a previous background kept; a store that cannot be read is as good as empty. */
  private async stored(key: string, store: TokenStore | undefined): Promise<{ value: string; expiresAt: number } | undefined> {
    if (!store) return undefined;
    const token = await store.get(await storeKey(key)).catch(() => undefined);
    if (token) this.tokens.set(key, token);
    return token;
  }

  private async exchange(key: string, config: Credentials, ctx: ConnectorContext): Promise<string> {
    const { data } = await requestJson(ctx, {
      url: lwaTokenUrl(config).href,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: config.refreshToken,
        client_id: config.clientId,
        client_secret: config.clientSecret,
      }).toString(),
      schema: LwaTokenResponseSchema,
      store: LWA_STORE,
      secrets: [config.clientSecret, config.refreshToken, config.clientId],
      // LWA refuses a bad client or refresh token with 400 invalid_client / invalid_grant (RFC 6749 §5.2).
      onStatus: (status, _detail, _body, said) =>
        status === 400 || status === 401
          ? ConnectorError.of('auth', problem('storeError.amazon.lwaRefused', { store: LWA_STORE }, { status, ...(said ? { said } : {}) }))
          : undefined,
    });
    const lifetimeMs = data.expires_in * 1000;
    const token = { value: data.access_token, expiresAt: this.clock.now() + Math.max(0, lifetimeMs - EXPIRY_MARGIN_MS) };
    this.tokens.set(key, token);
    await ctx.tokenStore?.set(await storeKey(key), token).catch(() => undefined);
    return data.access_token;
  }
}

/** The stored token's name: a hash, so the refresh token and client id never appear as a key. */
async function storeKey(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return `lwa:${[...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
