// @vitest-environment node
// Node's own fetch against the loopback Shopify (happy-dom's fetch would apply page CORS rules).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OrderSchema } from '@/lib/schemas/order';
import { ShopifyStoreConnectionSchema, type ShopifyStoreConnection } from '@/lib/schemas/store';
import { startShopifyServer, type ShopifyServer } from '@/tests/servers/shopify-server';
import { shopifyConnector } from './shopify';
import { ConnectorError } from './types';
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
  shop.requests.length = 0;
  shop.scopes = new Set(['read_orders', 'read_customers']);
});

const find = (query: { email?: string; orderRefs?: string[] }, connection = config) =>
  shopifyConnector.findOrders(connection, { orderRefs: [], ...query }, ctx);

describe('shopify connector: lookups', () => {
  it("finds a customer's orders by email in one request, newest first, in the Order shape", async () => {
    const orders = await find({ email: ' Hannah.Weber@Example.com ' });
    expect(orders.map((o) => o.number)).toEqual(['#1019', '#1012', '#1001']);
    for (const order of orders) expect(OrderSchema.parse(order)).toEqual(order);
    expect(shop.requests).toHaveLength(1);
    const [first] = orders;
    expect(first).toMatchObject({ platform: 'shopify', status: 'open', financialStatus: 'pending', total: '64.90', currency: 'USD' });
    expect(first?.source).toEqual({ id: 'shopify', label: 'Shopify' });
    expect(first?.adminUrl).toBe('https://admin.shopify.com/store/alder-oak/orders/5300000001019');
    // All three of her orders are in hand, so the first order date is known.
    expect(first?.customer).toEqual({
      name: 'Hannah Weber',
      email: 'Hannah.Weber@example.com',
      ordersCount: 3,
      totalSpent: '342.40',
      firstOrderAt: '2026-09-03T10:12:00Z',
    });
  });

  it('quotes an email with an apostrophe so Shopify searches for exactly that address', async () => {
    const [order, ...rest] = await find({ email: "sean.o'brien@example.ie" });
    expect(rest).toEqual([]);
    expect(shop.requests[0]?.variables?.query).toBe("email:'sean.o\\'brien@example.ie'");
    expect(order).toMatchObject({ number: '#1015', status: 'delivered', financialStatus: 'partially_refunded', currency: 'EUR' });
    expect(order?.refunds).toEqual([{ amount: '20.00', createdAt: '2026-10-09T16:00:00Z', reason: 'Pulled thread on one edge' }]);
    expect(order?.shippingAddress).toMatchObject({ city: 'Cobh', countryCode: 'IE' });
  });

  it('finds orders by the refs a customer wrote, together with the email, in one request', async () => {
    const orders = await find({ email: 'guest.buyer@example.org', orderRefs: ['1020', '# 1015', '#1015'] });
    expect(orders.map((o) => o.number)).toEqual(['#1020', '#1008', '#1015']);
    expect(shop.requests).toHaveLength(1);
    expect(shop.requests[0]?.variables?.query).toBe("email:'guest.buyer@example.org' OR name:'#1020' OR name:'#1015'");
    const cancelled = orders[0];
    expect(cancelled).toMatchObject({ status: 'cancelled', financialStatus: 'voided', fulfillmentStatus: 'unfulfilled' });
    // Seven orders but only one visible: the first order date stays unknown rather than wrong.
    expect(cancelled?.customer.ordersCount).toBe(7);
    expect(cancelled?.customer.firstOrderAt).toBeUndefined();
    expect(orders[1]?.customer).toEqual({ email: 'guest.buyer@example.org' });
  });

  it('gives one fulfillment per tracking number, with a carrier link when Shopify has none', async () => {
    const [order] = await find({ orderRefs: ['#1012'] });
    expect(order?.fulfillments.map((f) => [f.carrier, f.trackingNumber, f.status, f.trackingUrl])).toEqual([
      ['USPS', '9400111899223100012348', 'in_transit', 'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223100012348'],
      ['DPD', '15501234567890', 'in_transit', undefined],
    ]);
    expect(order?.fulfillments[0]?.items).toEqual(['Cast Iron Skillet 10"', 'Oak Cutting Board']);
    const [delivered] = await find({ orderRefs: ['1001'] });
    expect(delivered?.fulfillments[0]?.trackingUrl).toBe('https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784');
  });

  it('returns nothing, without asking, when there is nothing to look for; and [] for an unknown customer', async () => {
    await expect(find({ email: '  ', orderRefs: ['#', ''] })).resolves.toEqual([]);
    expect(shop.requests).toHaveLength(0);
    await expect(find({ email: 'nobody@example.com' })).resolves.toEqual([]);
  });

  it('still shows the orders when read_customers is missing, without the customer summary', async () => {
    shop.scopes.delete('read_customers');
    const [order] = await find({ orderRefs: ['1001'] });
    expect(order?.customer).toEqual({ name: 'Hannah Weber', email: 'hannah.weber@example.com' });
  });
});

describe('shopify connector: client credentials', () => {
  const cc = () =>
    ShopifyStoreConnectionSchema.parse({
      platform: 'shopify',
      shopDomain: shop.shopDomain,
      clientId: shop.clientId,
      clientSecret: shop.clientSecret,
      baseUrl: shop.origin,
    });

  it('exchanges the client ID and secret once, then reuses the token', async () => {
    await find({ orderRefs: ['1001'] }, cc());
    await find({ orderRefs: ['1012'] }, cc());
    expect(shop.requests.map((r) => r.path)).toEqual([
      '/admin/oauth/access_token',
      '/admin/api/2026-10/graphql.json',
      '/admin/api/2026-10/graphql.json',
    ]);
  });

  it('exchanges again when Shopify stops accepting the token', async () => {
    await find({ orderRefs: ['1001'] }, cc());
    shop.revokeIssuedTokens();
    shop.requests.length = 0;
    await expect(find({ orderRefs: ['1001'] }, cc())).resolves.toHaveLength(1);
    expect(shop.requests.map((r) => r.path.split('/')[2])).toEqual(['api', 'oauth', 'api']);
  });

  it('says the client credentials are wrong, without repeating the secret', async () => {
    const wrong = { ...cc(), clientSecret: 'shpss_wrong_secret_value' };
    const error = await find({ orderRefs: ['1001'] }, wrong).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ kind: 'auth', message: expect.stringContaining('Dev Dashboard') });
    expect((error as Error).message).not.toContain('shpss_wrong_secret_value');
  });
});

describe('shopify connector: configuration', () => {
  it('asks for the origin it calls', () => {
    expect(shopifyConnector.hostPermissions(config)).toEqual(['http://127.0.0.1/*']);
    expect(shopifyConnector.hostPermissions({ platform: 'shopify', shopDomain: 'acme.myshopify.com', accessToken: 't' })).toEqual([
      'https://acme.myshopify.com/*',
    ]);
  });

  it.each([
    [{ shopDomain: 'https://acme.myshopify.com', accessToken: 't' }, 'shopDomain'],
    [{ shopDomain: 'acme.com', accessToken: 't' }, 'shopDomain'],
    [{ shopDomain: 'acme.myshopify.com' }, 'accessToken'],
    [{ shopDomain: 'acme.myshopify.com', clientId: 'id' }, 'accessToken'],
    [{ shopDomain: 'acme.myshopify.com', accessToken: 't', apiVersion: '2026-11' }, 'apiVersion'],
  ])('rejects %j at %s', (fields, path) => {
    const result = ShopifyStoreConnectionSchema.safeParse({ platform: 'shopify', ...fields });
    expect(result.error?.issues[0]?.path).toEqual([path]);
  });

  it('normalises the domain as typed', () => {
    expect(
      ShopifyStoreConnectionSchema.parse({ platform: 'shopify', shopDomain: ' Acme.MyShopify.com ', accessToken: 't' }).shopDomain,
    ).toBe('acme.myshopify.com');
  });

  it('refuses a plain-http base URL that is not loopback, before sending the token', async () => {
    const error = await find({ orderRefs: ['1'] }, { ...config, baseUrl: 'http://proxy.example' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'config', message: expect.stringContaining('https://') });
  });
});
