// @vitest-environment node
// Every way a Shopify lookup fails, against the loopback Shopify, as the kind and words the panel shows.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ShopifyStoreConnection } from '@/lib/schemas/store';
import { startShopifyServer, type ShopifyServer } from '@/tests/servers/shopify-server';
import { findOrdersAcrossStores } from './find-orders';
import { shopifyConnector } from './shopify';
import { SHOPIFY_60_DAY_NOTE } from './shopify-guide';
import { shopifyGraphQL } from './shopify-graphql';
import { OrdersDataSchema } from './shopify-wire';
import type { ConnectorContext } from './types';
import { englishVerdict } from '@/lib/connectors/testing/english-verdict';
import { NODE_FETCH, shopifyConnectionTo } from '@/lib/connectors/testing/loopback-stores';

const ctx = NODE_FETCH;
let shop: ShopifyServer;
let config: ShopifyStoreConnection;

beforeAll(async () => {
  shop = await startShopifyServer();
  config = shopifyConnectionTo(shop);
});
afterAll(() => shop.close());
beforeEach(() => {
  shop.faults.clear();
  shop.scopes = new Set(['read_orders', 'read_customers']);
});

const failure = (connection = config) =>
  shopifyConnector.findOrders(connection, { orderRefs: ['1001'] }, ctx).then(
    () => expect.unreachable('the lookup should have failed'),
    (error: unknown) => error,
  );

describe('shopify connector: failures', () => {
  it.each([
    [401, 'auth', 'Shopify rejected the access token'],
    [403, 'permission', 'read_orders'],
    [404, 'not_found', 'check the shop domain'],
    [500, 'network', 'server error'],
  ] as const)('HTTP %i → %s', async (status, kind, words) => {
    shop.faults.set({ kind: 'status', status });
    const error = await failure();
    expect(error).toMatchObject({ kind, message: expect.stringContaining(words) });
    expect((error as Error).message).not.toContain(shop.accessToken);
  });

  it('a wrong token is an auth failure too', async () => {
    expect(await failure({ ...config, accessToken: 'shpat_not_valid' })).toMatchObject({ kind: 'auth' });
  });

  it('HTTP 429 → rate_limited with Retry-After', async () => {
    shop.faults.set({ kind: 'rate_limited', retryAfterSeconds: 3 });
    expect(await failure()).toMatchObject({ kind: 'rate_limited', retryAfterMs: 3000 });
  });

  it('THROTTLED in a 200 answer → rate_limited, waiting for the bucket to refill', async () => {
    shop.throttle();
    // The loopback bucket holds 10 points for a 302-point query, refilling 100 a second.
    expect(await failure()).toMatchObject({ kind: 'rate_limited', retryAfterMs: 2920 });
  });

  it('ACCESS_DENIED on orders → permission naming the missing scope', async () => {
    shop.scopes.delete('read_orders');
    expect(await failure()).toMatchObject({ kind: 'permission', message: expect.stringContaining('lacks the read_orders scope') });
  });

  it('malformed JSON → bad_response', async () => {
    shop.faults.set({ kind: 'malformed' });
    expect(await failure()).toMatchObject({ kind: 'bad_response', message: expect.stringContaining('not JSON') });
  });

  it('a query Shopify cannot run (schema validation) → bad_response with its message', async () => {
    const error = await shopifyGraphQL(config, ctx, '{ orders(first: 1) { nodes { trackingNumber } } }', {}, OrdersDataSchema).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'bad_response', message: expect.stringContaining('Cannot query field "trackingNumber"') });
  });

  it('a slow store costs only its own orders; the fast one still answers', async () => {
    const slow = await startShopifyServer();
    slow.faults.set({ kind: 'hang' });
    const slowConfig = { ...config, baseUrl: slow.origin, accessToken: slow.accessToken, id: 'eu', label: 'EU shop' };
    const started = Date.now();
    const response = await findOrdersAcrossStores([slowConfig, config], { orderRefs: ['1001'] }, ctx, { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(response.orders.map((o) => [o.source.id, o.number])).toEqual([['shopify', '#1001']]);
    expect(response.errors).toEqual([
      {
        connectorId: 'eu',
        label: 'EU shop',
        kind: 'network',
        message: expect.stringContaining('EU shop'),
        problem: expect.objectContaining({ code: 'storeError.timeout' }),
      },
    ]);
    await slow.close();
  });

  it('a slow answer inside the time limit is still used', async () => {
    shop.faults.set({ kind: 'slow', delayMs: 150 });
    await expect(shopifyConnector.findOrders(config, { orderRefs: ['1001'] }, ctx)).resolves.toHaveLength(1);
  });
});

describe('shopify testConnection', () => {
  const test = (connection = config) => englishVerdict(shopifyConnector.testConnection!(connection, ctx));

  it('works, and warns about the 60-day window without read_all_orders', async () => {
    expect(await test()).toEqual({ ok: true, message: expect.stringContaining('Alder & Oak Home'), warnings: [SHOPIFY_60_DAY_NOTE] });
    shop.scopes.add('read_all_orders');
    expect((await test()).warnings).toEqual([]);
  });

  it('names a missing required scope', async () => {
    shop.scopes.delete('read_customers');
    expect(await test()).toMatchObject({ ok: false, kind: 'permission', message: expect.stringContaining('read_customers') });
  });

  it.each([
    ['a bad token', { kind: 'status', status: 401 } as const, 'auth'],
    ['a wrong domain', { kind: 'status', status: 404 } as const, 'not_found'],
  ])('says what is wrong with %s', async (_, fault, kind) => {
    shop.faults.set(fault);
    expect(await test()).toMatchObject({ ok: false, kind });
  });

  it('tells a missing host permission from a network failure', async () => {
    const blocked: ConnectorContext = {
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      hasHostPermission: async () => false,
    };
    expect(await shopifyConnector.testConnection!(config, blocked)).toMatchObject({ ok: false, kind: 'permission' });
    const offline: ConnectorContext = { ...blocked, hasHostPermission: async () => true };
    expect(await shopifyConnector.testConnection!(config, offline)).toMatchObject({ ok: false, kind: 'network' });
  });
});
