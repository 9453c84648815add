// @vitest-environment node
// Node's own fetch against a real loopback server (happy-dom's fetch would apply page CORS rules).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OrderSchema } from '@/lib/schemas/order';
import { StoreConnectionSchema, type AmazonStoreConnection } from '@/lib/schemas/store';
import { fakeClock } from '@/tests/servers/amazon-fake-clock';
import { startAmazonServer, type AmazonServer } from '@/tests/servers/amazon-server';
import { amazonOrderIds, createAmazonConnector } from './amazon';
import { findOrdersAcrossStores } from './find-orders';
import { ConnectorError } from './types';
import { englishVerdict } from '@/lib/connectors/testing/english-verdict';
import { renderMessage } from '@/lib/i18n/local-message';
import { translator } from '@/lib/i18n/translator';
import { problemText } from './problem';
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
  config = {
    platform: 'amazon',
    region: 'na',
    sellerId: 'A2SELLER0TEST',
    ...server.credentials,
    baseUrl: server.origin,
    tokenUrl: server.tokenUrl,
  };
});
afterAll(() => server.close());
afterEach(() => {
  server.fault = null;
  server.requests.length = 0;
  server.rateLimit = 0.5;
  server.tokenLifetimeSeconds = 3600;
});

const getOrders = () => server.requests.filter((request) => request.startsWith('GET /orders/'));
const tokenExchanges = () => server.requests.filter((request) => request === 'POST /auth/o2/token');

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe('amazon connector: orders by the id in the thread', () => {
  it('reads a merchant-fulfilled order with its packages, tracking, buyer and Seller Central link', async () => {
    const { amazon } = connector();
    const [order, ...rest] = await amazon.findOrders(config, { orderRefs: [SHIPPED] }, ctx);
    expect(rest).toEqual([]);
    expect(OrderSchema.parse(order)).toEqual(order);
    expect(order).toMatchObject({
      number: SHIPPED,
      platform: 'amazon',
      source: { id: 'amazon', label: 'Amazon' },
      createdAt: '2026-11-16T18:22:05Z',
      status: 'shipped',
      financialStatus: 'paid',
      fulfillmentStatus: 'fulfilled',
      total: '86.97',
      currency: 'USD',
      refunds: [],
      customer: { name: 'Dana Whitfield', email: '7k2q9x4m1p8z3vbn@marketplace.amazon.com' },
      shippingAddress: {
        name: 'Dana Whitfield',
        address1: '418 Maple Grove Rd',
        address2: 'Apt 3B',
        city: 'Columbus',
        province: 'OH',
        zip: '43215',
        countryCode: 'US',
      },
      adminUrl: `https://sellercentral.amazon.com/orders-v3/order/${SHIPPED}`,
    });
    expect(order!.items).toEqual([
      { title: 'Cast Iron Skillet 28 cm', sku: 'SKL-CI-28', quantity: 1, price: '49.99' },
      { title: 'Olive Wood Spoon', sku: 'SPN-OLV', quantity: 2, price: '14.99' },
    ]);
    expect(order!.fulfillments).toEqual([
      {
        carrier: 'UPS',
        trackingNumber: '1Z999AA10123456784',
        status: 'delivered',
        shippedAt: '2026-11-17T16:30:00Z',
        items: ['Cast Iron Skillet 28 cm'],
      },
      {
        carrier: 'USPS',
        trackingNumber: '9400111899223197428490',
        status: 'in_transit',
        shippedAt: '2026-11-19T18:05:00Z',
        estimatedDelivery: '2026-11-25T23:59:59Z',
        items: ['Olive Wood Spoon'],
      },
    ]);
    expect(tokenExchanges()).toHaveLength(1);
    expect(getOrders()).toEqual([`GET /orders/2026-01-01/orders/${SHIPPED}?includedData=BUYER,RECIPIENT,FULFILLMENT,PACKAGES,PROCEEDS`]);
  });

  it('reads every id the thread names, however written, newest first, and skips ids this seller does not have', async () => {
    const { amazon } = connector();
    const refs = [
      '302 5567120 4419873',
      '114-8820417-3356601',
      '114-2203958-1187342',
      '114-6610294-5520981',
      '999-0000000-0000000',
      '#1042',
    ];
    const orders = await amazon.findOrders(config, { orderRefs: refs }, ctx);
    expect(orders.map((order) => [order.number, order.status, order.financialStatus, order.total, order.currency])).toEqual([
      ['114-2203958-1187342', 'open', 'pending', '44.97', 'USD'], // pending: no proceeds yet, priced from the items
      ['302-5567120-4419873', 'processing', 'paid', '39.90', 'EUR'],
      ['114-6610294-5520981', 'cancelled', 'voided', '0.00', 'USD'],
      ['114-8820417-3356601', 'shipped', 'paid', '24.90', 'USD'], // fulfilled by Amazon: no packages shared
    ]);
    expect(orders[1]!.adminUrl).toBe('https://sellercentral.amazon.de/orders-v3/order/302-5567120-4419873');
    expect(orders[3]!.fulfillments).toEqual([]);
    expect(getOrders()).toHaveLength(5);
  });

  it('finds nothing, and calls nothing, for an email alone (SP-API has no customer search)', async () => {
    const { amazon } = connector();
    expect(await amazon.findOrders(config, { email: 'dana@example.com', orderRefs: ['#1042'] }, ctx)).toEqual([]);
    expect(server.requests).toEqual([]);
  });
});

describe('amazon connector: rate limits', () => {
  it('spends the burst, then paces calls at the rate Amazon reports', async () => {
    const { amazon, clock } = connector();
    server.rateLimit = 0.25;
    for (let i = 0; i < 32; i += 1) await amazon.findOrders(config, { orderRefs: [SHIPPED] }, ctx);
    expect(getOrders()).toHaveLength(32);
    // 30 at once (the burst), then one every 4 s (0.25 per second, not the documented 0.5).
    expect(clock.sleeps).toEqual([4000, 4000]);
  });

  it('on 429 stops calling until Amazon’s next token, and says when', async () => {
    const { amazon, clock } = connector();
    server.fault = { status: 429, times: 1, path: /^GET \/orders\// };
    const limited = await failure(amazon.findOrders(config, { orderRefs: [SHIPPED] }, ctx));
    expect(limited).toMatchObject({ kind: 'rate_limited', retryAfterMs: 2000 });
    await amazon.findOrders(config, { orderRefs: [SHIPPED] }, ctx);
    expect(clock.sleeps).toEqual([2000]);
  });

  it('honours a long Retry-After by refusing without calling', async () => {
    const { amazon } = connector();
    server.fault = { status: 429, retryAfterSeconds: 30, times: 1, path: /^GET \/orders\// };
    expect(await failure(amazon.findOrders(config, { orderRefs: [SHIPPED] }, ctx))).toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: 30_000,
    });
    const refused = await failure(amazon.findOrders(config, { orderRefs: [SHIPPED] }, ctx));
    expect(refused.kind).toBe('rate_limited');
    expect(refused.retryAfterMs).toBeGreaterThan(8000);
    expect(getOrders()).toHaveLength(1);
  });
});

describe('amazon connector: other failures', () => {
  it('maps server errors and unreadable answers', async () => {
    const { amazon } = connector();
    server.fault = { status: 500, path: /^GET \/orders\// };
    expect((await failure(amazon.findOrders(config, { orderRefs: [SHIPPED] }, ctx))).kind).toBe('network');
    server.fault = { malformed: true, path: /^GET \/orders\// };
    expect((await failure(amazon.findOrders(config, { orderRefs: [SHIPPED] }, ctx))).kind).toBe('bad_response');
  });

  it('names the store and its region in the agent’s language, on a refused check and a refused look-up', async () => {
    const { amazon } = connector();
    server.fault = { status: 403, path: /^GET \/sellers\// };
    const verdict = await amazon.testConnection!(config, ctx);
    expect(verdict.ok).toBe(false);
    const ko = translator('ko').t;
    expect(renderMessage(verdict.message, ko)).toMatch(/^Amazon\(북미\)/);
    expect(renderMessage(verdict.message, ko)).not.toMatch(/North America/);
    server.fault = { status: 403, path: /^GET \/orders\// };
    const { sellerId: _seller, ...unnamed } = config;
    const refused = await failure(amazon.findOrders(unnamed, { orderRefs: [SHIPPED] }, ctx));
    expect(problemText(ko, refused.problem!)).toMatch(/^Amazon\(북미\)/);
    // The English (command line, `error.message`) says the same from the same catalog.
    expect(refused.message).toMatch(/^Amazon \(North America\)/);
  });

  it('lets a slow Amazon time out while the demo store answers', async () => {
    server.fault = { delayMs: 600 };
    const result = await findOrdersAcrossStores([config, { platform: 'demo' }], { orderRefs: [SHIPPED, '#1001'] }, ctx, { timeoutMs: 200 });
    expect(result.orders.length).toBeGreaterThan(0);
    expect(new Set(result.orders.map((order) => order.source.id))).toEqual(new Set(['demo']));
    expect(result.errors).toMatchObject([{ connectorId: 'amazon', kind: 'network' }]);
  });
});

describe('amazon connector settings', () => {
  const { amazon } = connector();

  it('asks for exactly the region’s SP-API origin and the token endpoint', () => {
    const production = { ...config, baseUrl: undefined, tokenUrl: undefined };
    expect(amazon.hostPermissions(production)).toEqual(['https://sellingpartnerapi-na.amazon.com/*', 'https://api.amazon.com/*']);
    expect(amazon.hostPermissions({ ...production, region: 'eu' })).toEqual([
      'https://sellingpartnerapi-eu.amazon.com/*',
      'https://api.amazon.com/*',
    ]);
    expect(amazon.hostPermissions(config)).toEqual(['http://127.0.0.1/*']);
  });

  it('validates a saved connection', () => {
    const saved = { platform: 'amazon', region: 'fe', clientId: 'c', clientSecret: 's', refreshToken: 'r' };
    expect(StoreConnectionSchema.safeParse(saved).success).toBe(true);
    expect(StoreConnectionSchema.safeParse({ ...saved, region: 'us' }).success).toBe(false);
    expect(StoreConnectionSchema.safeParse({ ...saved, refreshToken: '' }).success).toBe(false);
  });

  it('normalises written order ids to 3-7-7', () => {
    expect(amazonOrderIds(['114 3941689 8772232', '11439416898772232', '114-3941689-8772232', '#1042', '114-394168-8772232'])).toEqual([
      SHIPPED,
    ]);
  });

  it('tests a connection with a fresh token and the Sellers API', async () => {
    expect(await englishVerdict(amazon.testConnection!(config, ctx))).toMatchObject({
      ok: true,
      message: 'Connected to Amazon North America: the seller sells on www.amazon.com.',
    });
    // (A slow look-up of a test before may still land its calls first.)
    expect(server.requests.filter((request) => request.startsWith('GET /sellers'))).toHaveLength(1);
    expect(server.requests.slice(-2)).toEqual(['POST /auth/o2/token', 'GET /sellers/v1/marketplaceParticipations']);
    expect(await amazon.testConnection!({ ...config, refreshToken: 'Atzr|revoked' }, ctx)).toMatchObject({ ok: false, kind: 'auth' });
  });
});
