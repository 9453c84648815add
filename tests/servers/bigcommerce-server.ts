/**
 * A BigCommerce Management API on loopback, speaking its wire format: v2 order collections (204
 * No Content when nothing matches), `include=consignments[.line_items]` on the order list and on
 * one order (`consignment_structure=object`, else the legacy one-element array), order sub-resources, v3 refunds `{data, meta}`, X-Auth-Token
 * checks, X-Rate-Limit-* headers, and 429 with X-Rate-Limit-Time-Reset-Ms. Seeded from
 * tests/fixtures/connectors/bigcommerce/. Fault switches make one or every request fail.
 */
import type { ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answerBigCommerceFault, type ServerFault, send, v2Error } from './bigcommerce-wire';
import { faultForTarget, listenOnLoopback } from './store-server-kit';

const FIXTURES = fileURLToPath(new URL('../fixtures/connectors/bigcommerce/', import.meta.url));
export const BIGCOMMERCE_FIXTURE_STORE_HASH = 'k7x3mq9p';

type Row = Record<string, unknown> & { order_id: number };
type OrderRow = Record<string, unknown> & { id: number; date_created: string; billing_address: { email: string } };

function fixture<T>(name: string): T[] {
  return JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8')) as T[];
}

export interface BigCommerceServer {
  origin: string;
  storeHash: string;
  accessToken: string;
  /** Path and query of every request, in order. */
  requests: string[];
  fault: ServerFault | null;
  close(): Promise<void>;
}

/** The fixture rows the server answers from, for a test to add its own before the first request. */
export interface BigCommerceTables {
  orders: OrderRow[];
  products: Row[];
  shipments: Row[];
  shipping_addresses: Row[];
  refunds: Row[];
}

export async function startBigCommerceServer(
  options: { storeHash?: string; accessToken?: string; seed?: (tables: BigCommerceTables) => void } = {},
): Promise<BigCommerceServer> {
  const storeHash = options.storeHash ?? BIGCOMMERCE_FIXTURE_STORE_HASH;
  const accessToken = options.accessToken ?? 'bc-loopback-token-5f2a9e';
  const orders = fixture<OrderRow>('orders.json');
  const tables: Record<string, Row[]> = {
    products: fixture<Row>('order-products.json'),
    shipments: fixture<Row>('shipments.json'),
    shipping_addresses: fixture<Row>('shipping-addresses.json'),
  };
  const refunds = fixture<Row>('refunds.json');
  options.seed?.({
    orders,
    products: tables.products!,
    shipments: tables.shipments!,
    shipping_addresses: tables.shipping_addresses!,
    refunds,
  });

  const state: BigCommerceServer = { origin: '', storeHash, accessToken, requests: [], fault: null, close: async () => undefined };

  /** The order as BigCommerce sends it for this query: with its consignments when `include` asks for them. */
  function withIncludes(order: OrderRow, query: URLSearchParams): OrderRow {
    const include = new Set((query.get('include') ?? '').split(',').filter(Boolean));
    if (!include.has('consignments') && !include.has('consignments.line_items')) return order;
    const products = tables.products!.filter((row) => row.order_id === order.id);
    const shipping = tables
      .shipping_addresses!.filter((row) => row.order_id === order.id)
      .map(({ order_id: _order, ...address }) => {
        const lines = products.filter((product) => product.order_address_id === address.id);
        return {
          ...address,
          // Without `.line_items`, links to each product row.
          line_items: include.has('consignments.line_items')
            ? lines
            : lines.map((line) => ({
                url: `https://api.bigcommerce.com/stores/${storeHash}/v2/orders/${order.id}/products/${String(line.id)}`,
                resource: `/orders/${order.id}/products/${String(line.id)}`,
              })),
        };
      });
    const consignments = { pickups: [], shipping, downloads: [], email: { gift_certificates: [] } };
    return { ...order, consignments: query.get('consignment_structure') === 'object' ? consignments : [consignments] };
  }

  function route(url: URL, response: ServerResponse): void {
    const prefix = `/stores/${storeHash}/`;
    if (!url.pathname.startsWith(prefix)) return send(response, 404, v2Error(404, 'The requested resource was not found.'));
    const path = url.pathname.slice(prefix.length);
    if (path === 'v2/orders') {
      const email = url.searchParams.get('email')?.toLowerCase();
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const newestFirst = url.searchParams.get('sort') === 'date_created:desc';
      const found = orders
        .filter((order) => !email || order.billing_address.email.toLowerCase() === email)
        .sort((a, b) => (newestFirst ? Date.parse(b.date_created) - Date.parse(a.date_created) : a.id - b.id))
        .slice(0, limit)
        .map((order) => withIncludes(order, url.searchParams));
      return found.length ? send(response, 200, found) : send(response, 204, undefined);
    }
    const single = /^v2\/orders\/(\d+)(?:\/(products|shipments|shipping_addresses))?$/.exec(path);
    if (single) {
      const id = Number(single[1]);
      const order = orders.find((candidate) => candidate.id === id);
      if (!order) return send(response, 404, v2Error(404, 'The requested resource was not found.'));
      if (!single[2]) return send(response, 200, withIncludes(order, url.searchParams));
      const rows = tables[single[2]]!.filter((row) => row.order_id === id);
      return rows.length || single[2] !== 'shipments' ? send(response, 200, rows) : send(response, 204, undefined);
    }
    if (path === 'v3/orders/payment_actions/refunds') {
      const ids = new Set((url.searchParams.get('order_id:in') ?? '').split(',').filter(Boolean).map(Number));
      const data = refunds.filter((refund) => ids.size === 0 || ids.has(refund.order_id));
      return send(response, 200, { data, meta: {} });
    }
    send(response, 404, v2Error(404, 'The requested resource was not found.'));
  }

  const server = await listenOnLoopback((request, response) => {
    const url = new URL(request.url ?? '/', 'http://loopback');
    state.requests.push(`${url.pathname}${url.search}`);
    const fault = faultForTarget(state.fault, `${url.pathname}${url.search}`);
    setTimeout(() => {
      if (fault && (fault.status !== undefined || fault.malformed)) return answerBigCommerceFault(response, fault);
      if (request.headers['x-auth-token'] !== accessToken)
        return send(response, 401, v2Error(401, 'You have not been authorized to access this resource.'));
      route(url, response);
    }, fault?.delayMs ?? 0);
  });
  state.origin = server.origin;
  state.close = server.close;
  return state;
}
