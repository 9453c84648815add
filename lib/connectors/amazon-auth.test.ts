// @vitest-environment node
// The Login with Amazon flow as the connector runs it, against the loopback token endpoint.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AmazonStoreConnection } from '@/lib/schemas/store';
import { fakeClock } from '@/tests/servers/amazon-fake-clock';
import { startAmazonServer, type AmazonServer } from '@/tests/servers/amazon-server';
import { createAmazonConnector } from './amazon';
import { ConnectorError, type ConnectorContext, type StoredToken, type TokenStore } from './types';
import { NODE_FETCH } from '@/lib/connectors/testing/loopback-stores';

const SHIPPED = '114-3941689-8772232';
const ctx = NODE_FETCH;
let server: AmazonServer;
let config: AmazonStoreConnection;

function connector(clock = fakeClock()) {
  return { amazon: createAmazonConnector(clock), clock };
}

beforeAll(async () => {
  server = await startAmazonServer();
  config = { platform: 'amazon', region: 'na', ...server.credentials, baseUrl: server.origin, tokenUrl: server.tokenUrl };
});
afterAll(() => server.close());
afterEach(() => {
  server.fault = null;
  server.requests.length = 0;
  server.tokenLifetimeSeconds = 3600;
});

const getOrders = () => server.requests.filter((request) => request.startsWith('GET /orders/'));
const tokenExchanges = () => server.requests.filter((request) => request === 'POST /auth/o2/token');

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

/** A token store as the background's session storage behaves: it outlives the connector. */
function memoryTokenStore(): TokenStore & { keys: () => string[] } {
  const tokens = new Map<string, StoredToken>();
  return {
    get: async (key) => tokens.get(key),
    set: async (key, token) => void tokens.set(key, token),
    delete: async (key) => void tokens.delete(key),
    keys: () => [...tokens.keys()],
  };
}

describe('Login with Amazon tokens', () => {
  it('keeps the access token across a restart of the background, under a name that holds no secret', async () => {
    const clock = fakeClock();
    const tokenStore = memoryTokenStore();
    const stored: ConnectorContext = { ...ctx, tokenStore };
    await createAmazonConnector(clock).findOrders(config, { orderRefs: [SHIPPED] }, stored);
    expect(tokenExchanges()).toHaveLength(1);
    // A new connector is what a restarted service worker has: empty memory, the same session storage.
    server.requests.length = 0;
    const [order] = await createAmazonConnector(clock).findOrders(config, { orderRefs: [SHIPPED] }, stored);
    expect(order?.number).toBe(SHIPPED);
    expect(server.requests).toEqual([expect.stringMatching(/^GET \/orders\//)]);
    for (const key of tokenStore.keys()) {
      expect(key).toMatch(/^lwa:[0-9a-f]{64}$/);
      for (const secret of [config.refreshToken, config.clientId, config.clientSecret]) expect(key).not.toContain(secret);
    }
    // Past its lifetime the stored token is not used.
    clock.advance(3_600_000);
    server.requests.length = 0;
    await createAmazonConnector(clock).findOrders(config, { orderRefs: [SHIPPED] }, stored);
    expect(tokenExchanges()).toHaveLength(1);
  });

  it('exchanges the refresh token once and reuses the access token until shortly before it expires', async () => {
    const { amazon, clock } = connector();
    server.tokenLifetimeSeconds = 300;
    await Promise.all([
      amazon.findOrders(config, { orderRefs: [SHIPPED] }, ctx),
      amazon.findOrders(config, { orderRefs: ['302-5567120-4419873'] }, ctx),
    ]);
    await amazon.findOrders(config, { orderRefs: [SHIPPED] }, ctx);
    expect(tokenExchanges()).toHaveLength(1);
    clock.advance(239_000);
    await amazon.findOrders(config, { orderRefs: [SHIPPED] }, ctx);
    expect(tokenExchanges()).toHaveLength(1);
    clock.advance(2_000); // within the last minute of the 5-minute token
    await amazon.findOrders(config, { orderRefs: [SHIPPED] }, ctx);
    expect(tokenExchanges()).toHaveLength(2);
    expect(getOrders()).toHaveLength(5);
  });

  it('exchanges again once when SP-API refuses a cached token (revoked), then succeeds', async () => {
    const { amazon } = connector();
    await amazon.findOrders(config, { orderRefs: [SHIPPED] }, ctx);
    server.revokeTokens();
    const orders = await amazon.findOrders(config, { orderRefs: [SHIPPED] }, ctx);
    expect(orders).toHaveLength(1);
    expect(tokenExchanges()).toHaveLength(2);
    expect(getOrders()).toHaveLength(3);
  });

  it('says the credentials are wrong, without repeating them', async () => {
    const { amazon } = connector();
    const badGrant = await failure(
      amazon.findOrders({ ...config, refreshToken: 'Atzr|stale-refresh-token' }, { orderRefs: [SHIPPED] }, ctx),
    );
    expect(badGrant.kind).toBe('auth');
    expect(badGrant.message).toContain('refresh token');
    expect(badGrant.message).not.toContain('Atzr|stale-refresh-token');
    const badClient = await failure(amazon.findOrders({ ...config, clientSecret: 'amzn1.oa2-cs.v1.wrong' }, { orderRefs: [SHIPPED] }, ctx));
    expect(badClient.kind).toBe('auth');
    expect(badClient.message).not.toContain('amzn1.oa2-cs.v1.wrong');
    expect(getOrders()).toEqual([]);
  });

  it('reports a refused fresh token as a missing role, without looping', async () => {
    const { amazon } = connector();
    server.fault = { status: 403, path: /^GET \/orders\// };
    const refused = await failure(amazon.findOrders(config, { orderRefs: [SHIPPED] }, ctx));
    expect(refused.kind).toBe('permission');
    expect(refused.message).toContain('Inventory and Order Tracking');
    expect(getOrders()).toHaveLength(1);
  });
});
