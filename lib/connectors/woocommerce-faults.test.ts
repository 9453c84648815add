// @vitest-environment node
// Every way a WooCommerce lookup fails, against the loopback site, as the kind and words the panel shows.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WooCommerceStoreConnection } from '@/lib/schemas/store';
import { startWooServer, type WooServer } from '@/tests/servers/woocommerce-server';
import { findOrdersAcrossStores } from './find-orders';
import { wooCommerceConnector } from './woocommerce';
import type { ConnectorContext } from './types';
import { englishVerdict } from '@/lib/connectors/testing/english-verdict';
import { NODE_FETCH, wooConnectionTo } from '@/lib/connectors/testing/loopback-stores';

const ctx = NODE_FETCH;
let site: WooServer;
let config: WooCommerceStoreConnection;

beforeAll(async () => {
  site = await startWooServer();
  config = wooConnectionTo(site);
});
afterAll(() => site.close());
beforeEach(() => {
  site.faults.clear();
  site.shipmentTracking = true;
});

const failure = (connection = config) =>
  wooCommerceConnector.findOrders(connection, { email: 'priya.nair@example.com', orderRefs: [] }, ctx).then(
    () => expect.unreachable('the lookup should have failed'),
    (error: unknown) => error,
  );

describe('woocommerce connector: failures', () => {
  it.each([
    [401, 'auth', 'rejected the consumer key and secret'],
    [403, 'permission', 'Read key'],
    [404, 'not_found', 'permalinks'],
    [500, 'network', 'server error'],
    [503, 'network', 'scheduled maintenance'],
  ] as const)('HTTP %i → %s', async (status, kind, words) => {
    site.faults.set({ kind: 'status', status });
    const error = await failure();
    expect(error).toMatchObject({ kind, message: expect.stringContaining(words) });
    expect((error as Error).message).not.toMatch(/ck_loopback|cs_loopback/);
  });

  it('a wrong secret is an auth failure naming what WooCommerce said, not the secret', async () => {
    const error = await failure({ ...config, consumerSecret: 'cs_wrong_secret_value' });
    expect(error).toMatchObject({ kind: 'auth', message: expect.stringContaining('Invalid signature') });
    expect((error as Error).message).not.toContain('cs_wrong_secret_value');
  });

  it('HTTP 429 → rate_limited with Retry-After', async () => {
    site.faults.set({ kind: 'rate_limited', retryAfterSeconds: 7 });
    expect(await failure()).toMatchObject({ kind: 'rate_limited', retryAfterMs: 7000 });
  });

  it('malformed JSON → bad_response', async () => {
    site.faults.set({ kind: 'malformed' });
    expect(await failure()).toMatchObject({ kind: 'bad_response' });
  });

  it('a site that answers slowly within the limit still gives its orders', async () => {
    site.faults.set({ kind: 'slow', delayMs: 100 }, 2);
    await expect(wooCommerceConnector.findOrders(config, { orderRefs: ['2041'] }, ctx)).resolves.toHaveLength(1);
  });

  it('a hung site is reported as a network failure while the demo store still answers', async () => {
    site.faults.set({ kind: 'hang' });
    const response = await findOrdersAcrossStores(
      [{ ...config, label: 'Tea shop' }, { platform: 'demo' }],
      { email: 'emma.schneider@example.com', orderRefs: [] },
      ctx,
      { timeoutMs: 300 },
    );
    expect(response.orders.length).toBeGreaterThan(0);
    expect(response.errors).toEqual([
      {
        connectorId: 'woocommerce',
        label: 'Tea shop',
        kind: 'network',
        message: expect.stringContaining('Tea shop'),
        problem: expect.objectContaining({ code: 'storeError.timeout' }),
      },
    ]);
    site.faults.clear();
  });
});

describe('woocommerce testConnection', () => {
  const test = (connection = config) => englishVerdict(wooCommerceConnector.testConnection!(connection, ctx));

  it('works, counting the orders', async () => {
    expect(await test()).toEqual({ ok: true, message: 'Connected to shop.example (8 orders); orders can be read.', warnings: [] });
  });

  it('warns when Shipment Tracking is not installed', async () => {
    site.shipmentTracking = false;
    expect(await test()).toMatchObject({
      ok: true,
      warnings: ['The Shipment Tracking extension is not installed: tracking numbers are only found in order notes to the customer.'],
    });
  });

  it.each([
    ['bad keys', { consumerKey: 'ck_not_a_key' }, 'auth'],
    ['a plain-http address', { baseUrl: undefined, url: 'http://shop.example' }, 'config'],
  ] as const)('says what is wrong with %s', async (_, change, kind) => {
    expect(await test({ ...config, ...change })).toMatchObject({ ok: false, kind });
  });

  it('says so when the address is not a WooCommerce site', async () => {
    site.faults.set({ kind: 'status', status: 404 });
    expect(await test()).toMatchObject({ ok: false, kind: 'not_found', message: expect.stringContaining('/wp-json/wc/v3') });
  });

  it('tells a missing host permission from a network failure', async () => {
    const blocked: ConnectorContext = {
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      hasHostPermission: async () => false,
    };
    expect(await wooCommerceConnector.testConnection!(config, blocked)).toMatchObject({ ok: false, kind: 'permission' });
  });
});
