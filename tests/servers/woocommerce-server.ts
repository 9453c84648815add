/**
 * A loopback WooCommerce site: the REST API v3 routes Deskpilot reads (customers, orders with
 * customer/search/include filters and pagination headers, order refunds and notes), the Shipment
 * Tracking extension's order meta and routes (switchable: a site without it answers rest_no_route), HTTP Basic
 * auth with a consumer key and secret, WordPress-style error bodies, and the fault switch.
 * Real WooCommerce takes Basic auth only over HTTPS; this server is plain http on 127.0.0.1,
 * which the connector allows for loopback only.
 */
import type { ServerResponse } from 'node:http';
import { FaultSwitch, listenOnLoopback, sendJson, serveFault, type FaultBodies, type RunningServer } from './store-server-kit';
import { CUSTOMERS, type Json, NOTES, orders, REFUNDS, TRACKINGS, WOO_FIXTURE_ORDERS, withMeta } from './woocommerce-data';

export { WOO_FIXTURE_ORDERS };

const wpError = (code: string, message: string, status: number) => JSON.stringify({ code, message, data: { status } });
const BODIES: FaultBodies = {
  401: wpError('woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.', 401),
  403: wpError('woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.', 403),
  404: wpError('rest_no_route', 'No route was found matching the URL and request method.', 404),
  429: wpError('too_many_requests', 'Too many requests, slow down.', 429),
  500: wpError('internal_server_error', '<p>There has been a critical error on this website.</p>', 500),
  503: '<html><body><h1>Briefly unavailable for scheduled maintenance. Check back in a minute.</h1></body></html>',
};

export interface WooServer extends RunningServer {
  consumerKey: string;
  consumerSecret: string;
  faults: FaultSwitch;
  /** Whether the Shipment Tracking extension is installed. */
  shipmentTracking: boolean;
  /** Order notes by order id (the fixture's, which a test may add to). */
  notes: Record<string, (Json & { customer_note: boolean })[]>;
  /** Path and query of every request, in order. */
  requests: string[];
}

function sendPage(res: ServerResponse, items: unknown[], query: URLSearchParams, url: URL): void {
  const perPage = Number(query.get('per_page') ?? 10);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
    return sendJson(res, 400, wpError('rest_invalid_param', 'Invalid parameter(s): per_page', 400));
  }
  const page = Number(query.get('page') ?? 1);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const headers: Record<string, string> = { 'x-wp-total': String(items.length), 'x-wp-totalpages': String(pages) };
  if (page < pages) headers.link = `<${url.origin}${url.pathname}?page=${page + 1}>; rel="next"`;
  sendJson(res, 200, items.slice((page - 1) * perPage, page * perPage), headers);
}

export async function startWooServer(): Promise<WooServer> {
  const state = {
    consumerKey: 'ck_loopback0123456789abcdef',
    consumerSecret: 'cs_loopback0123456789abcdef',
    faults: new FaultSwitch(),
    shipmentTracking: true,
    notes: structuredClone(NOTES),
    requests: [] as string[],
  };

  const running = await listenOnLoopback(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    state.requests.push(`${url.pathname}${url.search}`);
    if (await serveFault(state.faults.take(), res, BODIES)) return;
    const [scheme, encoded] = (req.headers.authorization ?? '').split(' ');
    if (scheme !== 'Basic' || !encoded) return sendJson(res, 401, BODIES[401]);
    const [key, secret] = Buffer.from(encoded, 'base64').toString('utf8').split(':');
    if (key !== state.consumerKey)
      return sendJson(res, 401, wpError('woocommerce_rest_authentication_error', 'Consumer key is invalid.', 401));
    if (secret !== state.consumerSecret)
      return sendJson(
        res,
        401,
        wpError('woocommerce_rest_authentication_error', 'Invalid signature - provided signature does not match.', 401),
      );
    const query = url.searchParams;
    const path = url.pathname;
    if (req.method !== 'GET') return sendJson(res, 404, BODIES[404]);
    if (path === '/wp-json/wc/v3/customers') {
      const email = query.get('email')?.toLowerCase();
      const role = query.get('role') ?? 'customer';
      return sendPage(
        res,
        CUSTOMERS.filter((c) => (!email || c.email.toLowerCase() === email) && (role === 'all' || c.role === role)),
        query,
        url,
      );
    }
    if (path === '/wp-json/wc/v3/orders')
      return sendPage(
        res,
        orders(query).map((order) => withMeta(order, state.shipmentTracking)),
        query,
        url,
      );
    const byId = /^\/wp-json\/(wc\/v3|wc-shipment-tracking\/v3)\/orders\/(\d+)(\/[a-z-]+)?$/.exec(path);
    const order = byId ? WOO_FIXTURE_ORDERS.find((o) => o.id === Number(byId[2])) : undefined;
    if (byId && !order) return sendJson(res, 404, wpError('woocommerce_rest_shop_order_invalid_id', 'Invalid ID.', 404));
    const id = String(order?.id);
    if (byId?.[1] === 'wc/v3' && !byId[3]) return sendJson(res, 200, order && withMeta(order, state.shipmentTracking));
    if (byId?.[1] === 'wc/v3' && byId[3] === '/refunds') return sendPage(res, REFUNDS[id] ?? [], query, url);
    if (byId?.[1] === 'wc/v3' && byId[3] === '/notes') {
      const type = query.get('type') ?? 'any';
      return sendJson(
        res,
        200,
        (state.notes[id] ?? []).filter((n) => type === 'any' || n.customer_note === (type === 'customer')),
      );
    }
    if (state.shipmentTracking && byId?.[1] === 'wc-shipment-tracking/v3' && byId[3] === '/shipment-trackings')
      return sendJson(res, 200, TRACKINGS[id] ?? []);
    if (state.shipmentTracking && path === '/wp-json/wc-shipment-tracking/v3/shipment-trackings/providers') {
      return sendJson(res, 200, {
        'United States': {
          UPS: 'https://www.ups.com/track?tracknum=%1$s',
          USPS: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=%1$s',
        },
      });
    }
    sendJson(res, 404, BODIES[404]);
  });
  return Object.assign(state, running);
}
