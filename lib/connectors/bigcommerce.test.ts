// @vitest-environment node
// Node's own fetch against a real loopback server (happy-dom's fetch would apply page CORS rules).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OrderSchema, withDetails, type Order } from '@/lib/schemas/order';
import { StoreConnectionSchema, type BigCommerceStoreConnection } from '@/lib/schemas/store';
import { startBigCommerceServer, type BigCommerceServer } from '@/tests/servers/bigcommerce-server';
import { bigCommerceConnector, bigCommerceOrderIds } from './bigcommerce';
import { findOrdersAcrossStores } from './find-orders';
import { ConnectorError } from './types';
import { englishVerdict } from '@/lib/connectors/testing/english-verdict';
import { NODE_FETCH } from '@/lib/connectors/testing/loopback-stores';

let server: BigCommerceServer;
let config: BigCommerceStoreConnection;
const ctx = NODE_FETCH;
const HANNAH = 'hannah.schmidt@example.net';

beforeAll(async () => {
  server = await startBigCommerceServer();
  config = {
    platform: 'bigcommerce',
    storeHash: server.storeHash,
    accessToken: server.accessToken,
    baseUrl: server.origin,
    label: 'Kiefer & Co',
  };
});
afterAll(() => server.close());
afterEach(() => {
  server.fault = null;
  server.requests.length = 0;
});

/** The order as the panel shows it once the agent opens it. */
async function opened(order: Order): Promise<Order> {
  return withDetails(order, await bigCommerceConnector.orderDetails!(config, order, ctx));
}

async function failure(query = { email: HANNAH, orderRefs: [] as string[] }): Promise<ConnectorError> {
  const error = await bigCommerceConnector.findOrders(config, query, ctx).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe('bigCommerceConnector.findOrders', () => {
  it("finds a customer's orders by email, newest first, each a valid Order from this store", async () => {
    const orders = await bigCommerceConnector.findOrders(config, { email: HANNAH, orderRefs: [] }, ctx);
    expect(orders.map((order) => order.number)).toEqual(['#1063', '#1057', '#1042', '#1031']);
    for (const order of orders) {
      expect(OrderSchema.parse(order)).toEqual(order);
      expect(order.source).toEqual({ id: 'bigcommerce', label: 'Kiefer & Co' });
      expect(order.platform).toBe('bigcommerce');
    }
  });

  it('reads items, totals, shipping address and the admin link at once, and tracking when the order is opened', async () => {
    const orders = await bigCommerceConnector.findOrders(config, { email: HANNAH, orderRefs: [] }, ctx);
    const listed = orders.find((order) => order.number === '#1042')!;
    expect(listed).toMatchObject({ fulfillments: [], detailsOnOpen: ['fulfillments'] });
    const shipped = await opened(listed);
    expect(shipped.detailsOnOpen).toBeUndefined();
    expect(shipped).toMatchObject({
      createdAt: '2025-11-11T19:40:11.000Z',
      status: 'shipped',
      financialStatus: 'paid',
      fulfillmentStatus: 'fulfilled',
      total: '69.90',
      currency: 'EUR',
      shippingAddress: { name: 'Hannah Schmidt', address1: 'Karl-Liebknecht-Straße 3', city: 'Leipzig', zip: '04107', countryCode: 'DE' },
      adminUrl: 'https://store-k7x3mq9p.mybigcommerce.com/manage/orders/1042',
    });
    expect(shipped.items).toEqual([
      { id: '341', title: 'Beeswax Candle Set (3)', sku: 'CND-BEE-3', quantity: 2, price: '19.90' },
      { id: '342', title: 'Olive Wood Spoon', sku: 'SPN-OLV', quantity: 1, price: '25.20' },
    ]);
    // No link of the merchant's own: BigCommerce's generated one is used.
    expect(shipped.fulfillments).toEqual([
      {
        carrier: 'UPS',
        trackingNumber: '1Z999AA10123456784',
        trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
        status: 'in_transit',
        shippedAt: '2025-11-13T10:02:55.000Z',
        items: ['Beeswax Candle Set (3)', 'Olive Wood Spoon'],
      },
    ]);
    const partial = await opened(orders.find((order) => order.number === '#1057')!);
    expect(partial).toMatchObject({ status: 'shipped', fulfillmentStatus: 'partially_fulfilled' });
    expect(partial.fulfillments[0]).toMatchObject({
      carrier: 'dhl',
      trackingUrl: expect.stringContaining('nolp.dhl.de') as string,
      items: ['Wool Blanket – Moss'],
    });
    expect(orders.find((order) => order.number === '#1063')).toMatchObject({
      status: 'processing',
      fulfillmentStatus: 'unfulfilled',
      fulfillments: [],
    });
  });

  it('reads refunds (v3) and the customer summary from the whole order list', async () => {
    const orders = await bigCommerceConnector.findOrders(config, { email: HANNAH, orderRefs: [] }, ctx);
    const refunded = await opened(orders.find((order) => order.number === '#1031')!);
    expect(refunded).toMatchObject({ status: 'shipped', financialStatus: 'partially_refunded' });
    expect(refunded.refunds).toEqual([{ amount: '30.00', createdAt: '2025-10-12T09:30:00.000Z', reason: 'Serving bowl arrived chipped' }]);
    expect(refunded.customer).toEqual({
      name: 'Hannah Schmidt',
      email: HANNAH,
      ordersCount: 4,
      totalSpent: '323.80',
      firstOrderAt: '2025-10-04T08:12:44.000Z',
    });
  });

  it('finds orders by the number the ticket names, and leaves out what is not this shop’s', async () => {
    const orders = await bigCommerceConnector.findOrders(config, { orderRefs: ['#1050', '9999', '114-3941689-8772232'] }, ctx);
    expect(orders.map((order) => order.number)).toEqual(['#1050']);
    expect(orders[0]).toMatchObject({ status: 'delivered', customer: { name: 'Marco Rossi', email: 'marco.rossi@example.org' } });
    expect((await opened(orders[0]!)).fulfillments[0]).toMatchObject({
      status: 'delivered',
      carrier: 'Poste Italiane',
      trackingNumber: 'RR123456785IT',
    });
    // Found by number only: the customer's other orders were not read, so no summary is claimed.
    expect(orders[0]!.customer.ordersCount).toBeUndefined();
  });

  it("does not show a stranger's order that shares a number written in the customer's ticket", async () => {
    const orders = await bigCommerceConnector.findOrders(config, { email: HANNAH, orderRefs: ['#1050', '#1042'] }, ctx);
    expect(orders.map((order) => order.number)).toEqual(['#1063', '#1057', '#1042', '#1031']);
    // #1042 came with the customer's list; only #1050 needed a call of its own.
    expect(server.requests.filter((request) => /\/v2\/orders\/\d+\?/.test(request))).toEqual([
      '/stores/k7x3mq9p/v2/orders/1050?include=consignments.line_items&consignment_structure=object',
    ]);
  });

  it('answers a ticket with one call, and opening an order with one call per part it has', async () => {
    const [order] = await bigCommerceConnector.findOrders(config, { orderRefs: ['#1031'] }, ctx);
    expect(server.requests).toEqual(['/stores/k7x3mq9p/v2/orders/1031?include=consignments.line_items&consignment_structure=object']);
    server.requests.length = 0;
    await bigCommerceConnector.findOrders(config, { email: 'marco.rossi@example.org', orderRefs: ['1050'] }, ctx);
    expect(server.requests).toEqual([
      '/stores/k7x3mq9p/v2/orders?email=marco.rossi%40example.org&sort=date_created%3Adesc&limit=50&include=consignments.line_items&consignment_structure=object',
    ]);
    server.requests.length = 0;
    // #1031 shipped and was partly refunded: its shipments and refunds, side by side.
    await opened(order!);
    expect(server.requests.sort()).toEqual([
      '/stores/k7x3mq9p/v2/orders/1031/shipments?limit=250',
      '/stores/k7x3mq9p/v3/orders/payment_actions/refunds?order_id%3Ain=1031&limit=250',
    ]);
    server.requests.length = 0;
    const [unshipped] = await bigCommerceConnector.findOrders(config, { orderRefs: ['#1063'] }, ctx);
    server.requests.length = 0;
    expect(await opened(unshipped!)).toEqual(unshipped);
    expect(server.requests).toEqual([]);
    expect(await bigCommerceConnector.findOrders(config, { orderRefs: ['112-3456789-1234567'] }, ctx)).toEqual([]);
    expect(server.requests).toEqual([]);
  });

  it('reads 204 No Content as no orders', async () => {
    expect(await bigCommerceConnector.findOrders(config, { email: 'nobody@example.com', orderRefs: [] }, ctx)).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('says what is wrong for each failure, without the token', async () => {
    server.fault = { status: 401 };
    const auth = await failure();
    expect(auth.kind).toBe('auth');
    expect(auth.message).toContain('rejected the access token');
    expect(auth.message).not.toContain(server.accessToken);
    server.fault = { status: 403 };
    expect(await failure()).toMatchObject({ kind: 'permission', message: expect.stringContaining('Orders: read-only') as string });
    server.fault = { status: 404, path: /\?email=/ };
    expect(await failure()).toMatchObject({ kind: 'not_found', message: expect.stringContaining('store hash') as string });
    server.fault = { status: 500 };
    expect((await failure()).kind).toBe('network');
    server.fault = { malformed: true };
    expect((await failure()).kind).toBe('bad_response');
  });

  it('reads X-Rate-Limit-Time-Reset-Ms on 429 as when to retry', async () => {
    server.fault = { status: 429, resetMs: 4200, path: /\?email=/ };
    const limited = await failure();
    expect(limited.kind).toBe('rate_limited');
    expect(limited.retryAfterMs).toBe(5000);
  });

  it('says what went wrong when opening an order fails, without the token', async () => {
    const [order] = await bigCommerceConnector.findOrders(config, { orderRefs: ['#1042'] }, ctx);
    server.fault = { status: 429, resetMs: 2000, path: /\/shipments/ };
    const error = await bigCommerceConnector.orderDetails!(config, order!, ctx).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterMs: 2000 });
    expect((error as Error).message).not.toContain(server.accessToken);
  });

  it('rejects a wrong token sent to the real endpoint shape (no fault switch)', async () => {
    const error = await bigCommerceConnector
      .findOrders({ ...config, accessToken: 'wrong-token-value' }, { email: HANNAH, orderRefs: [] }, ctx)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'auth' });
    expect((error as Error).message).not.toContain('wrong-token-value');
  });
});

describe('a slow BigCommerce store next to a fast one', () => {
  it('reports the slow store as a network failure and keeps the other store’s orders', async () => {
    server.fault = { delayMs: 600 };
    const result = await findOrdersAcrossStores([config, { platform: 'demo' }], { email: HANNAH, orderRefs: ['#1001'] }, ctx, {
      timeoutMs: 200,
    });
    expect(result.orders.map((order) => [order.source.id, order.number])).toEqual([['demo', '#1001']]);
    expect(result.errors).toEqual([
      {
        connectorId: 'bigcommerce',
        label: 'Kiefer & Co',
        kind: 'network',
        message: expect.stringContaining('did not answer') as string,
        problem: expect.objectContaining({ code: 'storeError.timeout' }) as object,
      },
    ]);
  });
});

describe('bigCommerceConnector settings', () => {
  it('asks for exactly the API origin', () => {
    expect(bigCommerceConnector.hostPermissions({ ...config, baseUrl: undefined })).toEqual(['https://api.bigcommerce.com/*']);
    expect(bigCommerceConnector.hostPermissions(config)).toEqual(['http://127.0.0.1/*']);
  });

  it('refuses to send the token over plain http to another machine', async () => {
    const error = await bigCommerceConnector
      .findOrders({ ...config, baseUrl: 'http://proxy.example.com' }, { email: HANNAH, orderRefs: [] }, ctx)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'config' });
  });

  it('validates a saved connection', () => {
    expect(StoreConnectionSchema.safeParse({ platform: 'bigcommerce', storeHash: 'K7X3MQ9P', accessToken: 't' }).data).toMatchObject({
      storeHash: 'k7x3mq9p',
    });
    expect(
      StoreConnectionSchema.safeParse({ platform: 'bigcommerce', storeHash: 'store-k7x3mq9p.mybigcommerce.com', accessToken: 't' }).success,
    ).toBe(false);
    expect(StoreConnectionSchema.safeParse({ platform: 'bigcommerce', storeHash: 'k7x3mq9p' }).success).toBe(false);
  });

  it('turns written references into order ids', () => {
    expect(bigCommerceOrderIds(['#1042', '1042', ' # 1057', 'A-17', '114-3941689-8772232', '0'])).toEqual([1042, 1057]);
  });

  it('tests a connection with one call and says what it proved', async () => {
    expect(await englishVerdict(bigCommerceConnector.testConnection!(config, ctx))).toMatchObject({
      ok: true,
      message: expect.stringContaining('newest order #1066') as string,
    });
    // A slow look-up of the test before may still land its last call here (an `email=` query, its
    // sort encoded): only the test's own call, the newest order with no filter, is counted.
    expect(server.requests.filter((request) => request.includes('/orders?sort=date_created'))).toEqual([
      '/stores/k7x3mq9p/v2/orders?sort=date_created:desc&limit=1',
    ]);
    server.fault = { status: 403 };
    expect(await bigCommerceConnector.testConnection!(config, ctx)).toMatchObject({ ok: false, kind: 'permission' });
  });
});
