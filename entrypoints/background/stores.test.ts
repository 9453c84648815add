// @vitest-environment node
// "Test connection" against the loopback Shopify and WooCommerce: each thing that can be wrong gets its own verdict.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectorContext } from '@/lib/connectors/types';
import { englishVerdict } from '@/lib/connectors/testing/english-verdict';
import { ConnectionVerdictSchema } from '@/lib/schemas/responses';
import { startShopifyServer, type ShopifyServer } from '@/tests/servers/shopify-server';
import { startWooServer, type WooServer } from '@/tests/servers/woocommerce-server';
import { testStoreConnection } from './stores';
import { renderMessage } from '@/lib/i18n/local-message';
import { translator } from '@/lib/i18n/translator';

const ctx: ConnectorContext = { fetch: (...args) => fetch(...args), hasHostPermission: async () => true };
let shopify: ShopifyServer;
let woo: WooServer;

const shopifyStore = (extra: Record<string, unknown> = {}) => ({
  platform: 'shopify',
  shopDomain: shopify.shopDomain,
  accessToken: shopify.accessToken,
  baseUrl: shopify.origin,
  ...extra,
});
const wooStore = (extra: Record<string, unknown> = {}) => ({
  platform: 'woocommerce',
  url: 'https://shop.example',
  consumerKey: woo.consumerKey,
  consumerSecret: woo.consumerSecret,
  baseUrl: woo.origin,
  ...extra,
});

beforeAll(async () => {
  [shopify, woo] = await Promise.all([startShopifyServer(), startWooServer()]);
});
afterAll(() => Promise.all([shopify.close(), woo.close()]));
beforeEach(() => {
  shopify.faults.clear();
  shopify.scopes = new Set(['read_orders', 'read_customers']);
  woo.faults.clear();
});

describe('testStoreConnection', () => {
  it('says a working Shopify store can be read, and warns about the 60-day window without read_all_orders', async () => {
    const verdict = await englishVerdict(ConnectionVerdictSchema.parse(await testStoreConnection(shopifyStore(), { ctx })));
    expect(verdict).toMatchObject({ ok: true, message: expect.stringContaining('orders can be read') });
    expect(verdict.warnings.join(' ')).toContain('60 days');
  });

  it('names the missing Shopify scope', async () => {
    shopify.scopes.delete('read_customers');
    const verdict = await englishVerdict(testStoreConnection(shopifyStore(), { ctx }));
    expect(verdict).toMatchObject({ ok: false, kind: 'permission', message: expect.stringContaining('read_customers') });
  });

  it('says a bad token is a bad token, without repeating it', async () => {
    const verdict = await englishVerdict(testStoreConnection(shopifyStore({ accessToken: 'shpat_wrong_token_123' }), { ctx }));
    expect(verdict).toMatchObject({ ok: false, kind: 'auth' });
    expect(verdict.message).not.toContain('shpat_wrong_token_123');
  });

  it('says a WooCommerce address that has no API is the wrong address', async () => {
    woo.faults.set({ kind: 'status', status: 404 });
    const verdict = await englishVerdict(testStoreConnection(wooStore(), { ctx }));
    expect(verdict).toMatchObject({ ok: false, kind: 'not_found' });
  });

  it('says a WooCommerce key with the wrong secret is rejected, without repeating the secret', async () => {
    const verdict = await englishVerdict(testStoreConnection(wooStore({ consumerSecret: 'cs_not_the_right_one' }), { ctx }));
    expect(verdict).toMatchObject({ ok: false, kind: 'auth' });
    expect(verdict.message).not.toContain('cs_not_the_right_one');
  });

  it('says when Deskpilot lacks the host permission rather than blaming the network', async () => {
    const refused: ConnectorContext = {
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      hasHostPermission: async () => false,
    };
    const verdict = await englishVerdict(testStoreConnection(wooStore(), { ctx: refused }));
    expect(verdict).toMatchObject({ ok: false, kind: 'permission', message: expect.stringContaining('may not reach') });
  });

  it('says when the store cannot be reached at all', async () => {
    const verdict = await englishVerdict(testStoreConnection(wooStore({ baseUrl: 'http://127.0.0.1:9' }), { ctx }));
    expect(verdict).toMatchObject({ ok: false, kind: 'network', message: expect.stringContaining('Could not reach') });
  });

  it('refuses incomplete settings before any request, naming the field but not the values', async () => {
    const before = woo.requests.length;
    const verdict = await englishVerdict(testStoreConnection(wooStore({ consumerKey: 'not-a-key-secret-value' }), { ctx }));
    expect(verdict).toMatchObject({ ok: false, kind: 'config', message: expect.stringContaining('consumerKey') });
    expect(verdict.message).not.toContain('not-a-key-secret-value');
    expect(woo.requests.length).toBe(before);
  });

  it('passes the demo store, which needs no connection', async () => {
    expect(await testStoreConnection({ platform: 'demo' }, { ctx })).toMatchObject({ ok: true });
  });

  it('is worded in Korean for a Korean Settings page: working, a missing scope, a refused key, bad settings', async () => {
    const ko = async (raw: unknown) => {
      const verdict = ConnectionVerdictSchema.parse(await testStoreConnection(raw, { ctx }));
      return [verdict.message, ...verdict.warnings].map((message) => renderMessage(message, translator('ko').t)).join(' ');
    };
    expect(await ko(shopifyStore())).toContain('주문을 읽을 수 있습니다');
    shopify.scopes.delete('read_customers');
    expect(await ko(shopifyStore())).toMatch(/read_customers 권한 범위가 없습니다/);
    expect(await ko(wooStore({ consumerSecret: 'cs_not_the_right_one' }))).toMatch(/거부했습니다.*\(HTTP 401\)/);
    expect(await ko(wooStore({ consumerKey: 'not-a-key' }))).toMatch(/^테스트하지 않았습니다: consumerKey: /);
    woo.faults.set({ kind: 'status', status: 404 });
    expect(await ko(wooStore())).toMatch(/WooCommerce REST API가 없습니다/);
    for (const raw of [shopifyStore(), wooStore()]) {
      const text = await ko(raw);
      // Data stays as given (store names, addresses, scopes); no English sentence is left around it.
      expect(text).not.toMatch(/\b(the|is|are|and|could|not|can|orders?)\b/i);
    }
  });
});
