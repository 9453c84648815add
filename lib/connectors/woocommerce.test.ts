// @vitest-environment node
// Node's own fetch against the loopback WooCommerce site (happy-dom's fetch would apply page CORS rules).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OrderSchema, withDetails, type Order } from '@/lib/schemas/order';
import { WooCommerceStoreConnectionSchema, type WooCommerceStoreConnection } from '@/lib/schemas/store';
import { startWooServer, type WooServer } from '@/tests/servers/woocommerce-server';
import { trackingUrl } from '@/lib/ticket/tracking';
import { wooCommerceConnector } from './woocommerce';
import { decodeEntities, fromCents, gmt, toCents } from './woocommerce-values';
import type { ConnectorContext } from './types';
import { NODE_FETCH, wooConnectionTo } from '@/lib/connectors/testing/loopback-stores';

const ctx = NODE_FETCH;
let site: WooServer;
let config: WooCommerceStoreConnection;
let FIXTURE_NOTES: WooServer['notes'];

beforeAll(async () => {
  site = await startWooServer();
  config = wooConnectionTo(site);
  FIXTURE_NOTES = structuredClone(site.notes);
});
afterAll(() => site.close());
beforeEach(() => {
  site.faults.clear();
  site.shipmentTracking = true;
  site.requests.length = 0;
});

const find = (query: { email?: string; orderRefs?: string[] }, connection = config) =>
  wooCommerceConnector.findOrders(connection, { orderRefs: [], ...query }, ctx);

/** The agent opens the order: what its list entry left for later is read, as the panel does. */
const open = async (order: Order | undefined, fetchWith = ctx): Promise<Order> =>
  withDetails(order!, await wooCommerceConnector.orderDetails!(config, order!, fetchWith));

/** Requests that name one order (orders/<id>/…), the ones the first answer must not make. */
const perOrder = (requests: string[]) => requests.filter((r) => /orders\/\d+/.test(r));

describe('woocommerce connector: lookups', () => {
  it("finds a registered customer's orders and her earlier guest checkout, newest first", async () => {
    const orders = await find({ email: 'Priya.Nair@example.com' });
    expect(orders.map((o) => o.number)).toEqual(['#2055', '#2041', '#2030', '#2012']);
    for (const order of orders) expect(OrderSchema.parse(order)).toEqual(order);
    expect(site.requests.slice(0, 3).map((r) => r.split('?')[0])).toEqual(
      expect.arrayContaining(['/wp-json/wc/v3/customers', '/wp-json/wc/v3/orders']),
    );
    expect(site.requests).toContain('/wp-json/wc/v3/orders?customer=12&per_page=20&orderby=date&order=desc');
    // Every one of her orders was found: count, spend (refund deducted) and first order are known.
    expect(orders[0]?.customer).toEqual({
      name: 'Priya Nair',
      email: 'priya.nair@example.com',
      ordersCount: 4,
      totalSpent: '214.50',
      firstOrderAt: '2026-03-02T17:45:00Z',
    });
    expect(orders[0]).toMatchObject({
      status: 'processing',
      financialStatus: 'paid',
      fulfillmentStatus: 'unfulfilled',
      source: { id: 'woocommerce', label: 'WooCommerce' },
    });
    expect(orders[0]?.adminUrl).toBe('https://shop.example/wp-admin/post.php?post=2055&action=edit');
  });

  it('keeps out an order whose text merely mentions the email', async () => {
    const orders = await find({ email: 'priya.nair@example.com' });
    expect(orders.map((o) => o.number)).not.toContain('#2050');
  });

  it("reads parcels from the Shipment Tracking extension's order meta in the one list call, decoding product names", async () => {
    const [order] = await find({ orderRefs: ['#2041'] });
    expect(order?.fulfillments).toEqual([
      {
        carrier: 'UPS',
        trackingNumber: '1Z4F8A290392810574',
        trackingUrl: trackingUrl('UPS', '1Z4F8A290392810574'),
        status: 'in_transit',
        shippedAt: '2026-11-11',
      },
    ]);
    expect(order?.fulfillments[0]?.trackingUrl).toMatch(/^https:\/\/www\.ups\.com\//);
    expect(site.requests).toEqual(['/wp-json/wc/v3/orders?include=2041&per_page=1']);
    expect(order?.items.map((i) => [i.title, i.quantity, i.price])).toEqual([
      ['Hand-thrown Mug', 2, '24.00'],
      ['Loose Leaf Tea & Tin', 1, '16.50'],
    ]);
    expect(order?.shippingAddress).toMatchObject({ country: 'United States', countryCode: 'US', province: 'OH' });
  });

  it('finds a tracking number written in a note to the customer when the agent opens the order, not before', async () => {
    site.shipmentTracking = false;
    const [listed] = await find({ orderRefs: ['2048'] });
    expect(listed).toMatchObject({ storeId: '2048', fulfillments: [], detailsOnOpen: ['fulfillments'], currency: 'EUR' });
    expect(site.requests).toEqual(['/wp-json/wc/v3/orders?include=2048&per_page=1']);
    site.requests.length = 0;
    const opened = await open(listed);
    expect(opened.fulfillments).toEqual([
      {
        carrier: 'DHL Express',
        trackingNumber: '4045128732',
        trackingUrl: 'https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=4045128732',
        status: 'in_transit',
        shippedAt: '2026-11-15T13:05:00Z',
      },
    ]);
    expect(opened.detailsOnOpen).toBeUndefined();
    // The list showed the orders' meta: the extension's route could add nothing, so only the notes are read.
    expect(site.requests).toEqual(['/wp-json/wc/v3/orders/2048/notes?type=customer']);
  });

  it('a processing order whose note names a parcel has shipped once opened', async () => {
    site.notes['2055'] = [
      ...(FIXTURE_NOTES['2055'] ?? []),
      {
        id: 955,
        date_created_gmt: '2026-11-23T16:20:00',
        note: 'Good news: your order is on its way with UPS, tracking <b>1Z4F8A290392810574</b>.',
        customer_note: true,
      },
    ];
    try {
      const [listed] = await find({ orderRefs: ['2055'] });
      expect(listed).toMatchObject({ status: 'processing', fulfillmentStatus: 'unfulfilled', detailsOnOpen: ['fulfillments'] });
      const opened = await open(listed);
      expect(opened).toMatchObject({ status: 'shipped', fulfillmentStatus: 'fulfilled', financialStatus: 'paid' });
      expect(opened.fulfillments.map((f) => [f.carrier, f.trackingNumber, f.status])).toEqual([
        ['UPS', '1Z4F8A290392810574', 'in_transit'],
      ]);
      expect(OrderSchema.parse(opened)).toEqual(opened);
    } finally {
      site.notes['2055'] = FIXTURE_NOTES['2055'] ?? [];
    }
  });

  it("finds a guest order by email; an order's refund dates and reasons are read when it is opened", async () => {
    const orders = await find({ email: 'tomas.garcia@example.es' });
    expect(orders.map((o) => [o.number, o.status, o.financialStatus, o.detailsOnOpen])).toEqual([
      ['#2048', 'shipped', 'paid', ['fulfillments']],
      ['#2044', 'refunded', 'refunded', ['refunds']],
    ]);
    expect(orders[1]?.refunds).toEqual([]);
    expect(perOrder(site.requests)).toEqual([]);
    const refunded = await open(orders[1]);
    expect(refunded.refunds).toEqual([{ amount: '48.00', createdAt: '2026-10-05T09:00:00Z' }]);
    expect(perOrder(site.requests)).toEqual(['/wp-json/wc/v3/orders/2044/refunds']);
    const [partly] = await find({ orderRefs: ['2030'] });
    expect(partly).toMatchObject({ financialStatus: 'partially_refunded', refunds: [], detailsOnOpen: ['fulfillments', 'refunds'] });
    expect(await open(partly)).toMatchObject({
      financialStatus: 'partially_refunded',
      refunds: [{ amount: '15.00', createdAt: '2026-08-20T15:00:00Z', reason: 'Lid arrived cracked' }],
      fulfillments: [],
    });
    expect(partly?.items[0]?.title).toBe('Enamel Kettle – Cream');
  });

  it('finds orders by id in one request, and a custom order number by search', async () => {
    const orders = await find({ orderRefs: ['2041', '#2030', 'NW-5001', '9999'] });
    expect(orders.map((o) => o.number).sort()).toEqual(['#2030', '#2041', 'NW-5001']);
    expect(site.requests.filter((r) => r.startsWith('/wp-json/wc/v3/orders?'))).toEqual([
      '/wp-json/wc/v3/orders?include=2041%2C2030%2C9999&per_page=3',
      '/wp-json/wc/v3/orders?search=NW-5001&per_page=5',
    ]);
    expect(orders.find((o) => o.number === 'NW-5001')?.fulfillments[0]).toMatchObject({
      carrier: 'Canada Post',
      trackingNumber: '7023210039414604',
      trackingUrl: undefined,
    });
  });

  it('answers the ticket with the order list calls alone, whether the extension is there or not', async () => {
    for (const installed of [true, false]) {
      site.shipmentTracking = installed;
      site.requests.length = 0;
      const [named] = await find({ orderRefs: ['2055'] });
      expect(named?.number).toBe('#2055');
      // One request for the ticket's order.
      expect(site.requests).toEqual(['/wp-json/wc/v3/orders?include=2055&per_page=1']);
      site.requests.length = 0;
      const orders = await find({ email: 'priya.nair@example.com', orderRefs: ['2055'] });
      expect(orders.length).toBeGreaterThan(2);
      // With the customer's other orders, which the panel lists: three list calls more, none per order.
      expect(site.requests.map((r) => r.split('?')[0]).sort()).toEqual([
        '/wp-json/wc/v3/customers',
        '/wp-json/wc/v3/orders',
        '/wp-json/wc/v3/orders',
        '/wp-json/wc/v3/orders',
      ]);
    }
  });

  it('reads nothing on opening an order whose list entry said everything', async () => {
    const [order] = await find({ orderRefs: ['2041'] });
    expect(order?.detailsOnOpen).toBeUndefined();
    site.requests.length = 0;
    expect(await wooCommerceConnector.orderDetails!(config, order!, ctx)).toEqual({});
    expect(site.requests).toEqual([]);
  });

  it('an order without its WooCommerce id cannot be opened, and says what to do', async () => {
    const [order] = await find({ orderRefs: ['2048'] });
    const { storeId: _dropped, ...saved } = order!;
    await expect(wooCommerceConnector.orderDetails!(config, saved, ctx)).rejects.toMatchObject({
      kind: 'not_found',
      problem: { code: 'storeError.woocommerce.notAnOrder', params: { number: '#2048' } },
    });
    expect(site.requests).toEqual(['/wp-json/wc/v3/orders?include=2048&per_page=1']);
  });

  it('opens an order through the extension route when the site hides order meta', async () => {
    const fetchWithoutMeta: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const body: unknown = await response.clone().json();
      if (!Array.isArray(body)) return response;
      const stripped = body.map(({ meta_data: _hidden, ...order }: Record<string, unknown>) => order);
      const headers = new Headers(response.headers);
      headers.delete('content-length');
      return new Response(JSON.stringify(stripped), { status: response.status, headers });
    };
    const hiding: ConnectorContext = { fetch: fetchWithoutMeta };
    const [order] = await wooCommerceConnector.findOrders(config, { orderRefs: ['2041'] }, hiding);
    expect(order).toMatchObject({ fulfillments: [], detailsOnOpen: ['fulfillments'] });
    expect(perOrder(site.requests)).toEqual([]);
    const opened = await open(order, hiding);
    expect(opened.fulfillments[0]?.trackingNumber).toBe('1Z4F8A290392810574');
    expect(site.requests).toContain('/wp-json/wc-shipment-tracking/v3/orders/2041/shipment-trackings');
    // The site shows meta again: the route is not asked any more.
    await find({ orderRefs: ['2048'] });
    site.requests.length = 0;
    await open((await find({ orderRefs: ['2048'] }))[0]);
    expect(perOrder(site.requests)).toEqual(['/wp-json/wc/v3/orders/2048/notes?type=customer']);
  });

  it('returns [] without asking when there is nothing to look for; [] for an unknown customer', async () => {
    await expect(find({ email: ' ', orderRefs: [' '] })).resolves.toEqual([]);
    expect(site.requests).toEqual([]);
    await expect(find({ email: 'nobody@example.com' })).resolves.toEqual([]);
  });
});

describe('woocommerce connector: configuration', () => {
  it('asks for the site origin, or the base URL it calls instead', () => {
    expect(wooCommerceConnector.hostPermissions({ ...config, baseUrl: undefined })).toEqual(['https://shop.example/*']);
    expect(wooCommerceConnector.hostPermissions(config)).toEqual(['http://127.0.0.1/*']);
  });

  it('refuses to send keys over plain http to a remote site', async () => {
    await expect(find({ orderRefs: ['1'] }, { ...config, baseUrl: undefined, url: 'http://shop.example' })).rejects.toMatchObject({
      kind: 'config',
    });
    expect(site.requests).toEqual([]);
  });

  it.each([
    [{ consumerKey: 'cs_swapped', consumerSecret: 'cs_x' }, 'consumerKey'],
    [{ consumerKey: 'ck_x', consumerSecret: 'ck_swapped' }, 'consumerSecret'],
    [{ url: 'shop.example' }, 'url'],
  ])('rejects %j at %s', (fields, path) => {
    const result = WooCommerceStoreConnectionSchema.safeParse({
      platform: 'woocommerce',
      url: 'https://shop.example',
      consumerKey: 'ck_a',
      consumerSecret: 'cs_b',
      ...fields,
    });
    expect(result.error?.issues[0]?.path).toEqual([path]);
  });
});

describe('woocommerce mapping helpers', () => {
  it('decodes the HTML entities WordPress puts in names', () => {
    expect(decodeEntities('Hoodie &ndash; Blue &amp; Co &#8220;x&#8221; &#x2019; &bogus;')).toBe('Hoodie – Blue & Co “x” ’ &bogus;');
    // As a browser reads them: upper-case legacy names, NUL as U+FFFD, code points past U+FFFF, any named entity.
    expect(decodeEntities('Tea &AMP; Cake &LT;3 &#0; &#x1F600; &#128512; &eacute;t&eacute; &frac12; kg')).toBe(
      'Tea & Cake <3 \uFFFD 😀 😀 été ½ kg',
    );
  });

  it('does money in cents and dates in UTC', () => {
    expect(fromCents(toCents('70.00') + toCents('-15.00'))).toBe('55.00');
    expect(toCents('0.1') + toCents('0.2')).toBe(30);
    expect(gmt('2026-03-02T17:45:00')).toBe('2026-03-02T17:45:00Z');
    expect(gmt('2026-03-02T17:45:00+01:00')).toBe('2026-03-02T17:45:00+01:00');
  });
});
