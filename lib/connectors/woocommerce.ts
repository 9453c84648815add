/**
 * The WooCommerce connector: a ticket's orders from the site's REST API v3 with a consumer key
 * and secret, newest first. The order a ticket names costs one request (orders?include=); the
 * customer's other orders, which the panel lists, three more (customers?email=, orders?customer=,
 * orders?search= for guest checkouts). Parcels come from the orders' meta in those same calls;
 * refund dates and parcels named only in notes are read when the agent opens an order.
 */
import { z } from 'zod';
import { localMessage } from '@/lib/i18n/local-message';
import type { Order } from '@/lib/schemas/order';
import { WooCommerceStoreConnectionSchema, type WooCommerceStoreConnection } from '@/lib/schemas/store';
import { failedVerdict } from '@/lib/connectors/failed-verdict';
import { originPattern } from '@/lib/connectors/secure-url';
import { storeSource } from './store-source';
import { SHIPMENT_TRACKING_API, wooGet, wooGetOptional, wooSiteUrl } from './woocommerce-api';
import { rememberMetaShown, wooOrderDetails } from './woocommerce-details';
import { ordersByEmail, ordersByRefs } from './woocommerce-lookup';
import { toOrder } from './woocommerce-map';
import { fromCents, gmt, toCents } from './woocommerce-values';
import { WooOrdersSchema, type WooOrder } from './woocommerce-wire';
import type { ConnectionVerdict, Connector, ConnectorContext, OrderQuery } from './types';

export const WOOCOMMERCE_CONNECT_STEPS = [
  'In WordPress, open WooCommerce › Settings › Advanced › REST API and click "Add key".',
  'Pick a shop manager or administrator as the user and set Permissions to "Read": Deskpilot only reads orders, so a read-only key is all it needs and all it should hold.',
  'Copy the consumer key (ck_…) and consumer secret (cs_…) into Deskpilot with the store address (https://…).',
  'For tracking numbers, Deskpilot reads the WooCommerce Shipment Tracking extension, or tracking numbers written in notes to the customer.',
] as const;

/** Order statuses whose totals count as money spent (WooCommerce's own "paid" statuses, plus tracking plugins' ones). */
const PAID = new Set(['processing', 'completed', 'shipped', 'partial-shipped', 'delivered']);

/** Count, spend and first order date of the customer, when every one of their orders was found. */
function customerSummary(found: { orders: WooOrder[]; complete: boolean }): Partial<Order['customer']> | null {
  const { orders, complete } = found;
  if (!complete || orders.length === 0 || new Set(orders.map((o) => o.currency)).size > 1) return null;
  // Refund totals are negative in WooCommerce's order summaries.
  const spent = orders
    .filter((o) => PAID.has(o.status))
    .reduce((sum, o) => sum + toCents(o.total) + o.refunds.reduce((r, x) => r + toCents(x.total), 0), 0);
  const first = orders.reduce((a, b) => (Date.parse(gmt(a.date_created_gmt)) <= Date.parse(gmt(b.date_created_gmt)) ? a : b));
  return { ordersCount: orders.length, totalSpent: fromCents(spent), firstOrderAt: gmt(first.date_created_gmt) };
}

async function findOrders(config: WooCommerceStoreConnection, query: OrderQuery, ctx: ConnectorContext): Promise<Order[]> {
  const email = query.email?.trim().toLowerCase() || undefined;
  const refs = query.orderRefs.filter((ref) => ref.trim());
  if (!email && refs.length === 0) return [];
  const [byEmail, byRefs] = await Promise.all([
    email ? ordersByEmail(config, ctx, email) : { orders: [], complete: false },
    refs.length ? ordersByRefs(config, ctx, refs) : [],
  ]);
  const raw = [...new Map([...byEmail.orders, ...byRefs].map((o) => [o.id, o])).values()];
  rememberMetaShown(config, raw);
  const source = storeSource(config, wooCommerceConnector);
  const summary = customerSummary(byEmail);
  const customersOrders = new Set(byEmail.orders.map((o) => o.id));
  return raw
    .map((order) => {
      const mapped = toOrder(order, config.url, source);
      return summary && customersOrders.has(order.id) ? { ...mapped, customer: { ...mapped.customer, ...summary } } : mapped;
    })
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

/** One real order read proves the address, the keys and their permission; the providers route shows whether Shipment Tracking is there. */
async function testConnection(config: WooCommerceStoreConnection, ctx: ConnectorContext): Promise<ConnectionVerdict> {
  try {
    const { total } = await wooGet(config, ctx, 'orders', { per_page: 1 }, WooOrdersSchema);
    const providers = await wooGetOptional(
      config,
      ctx,
      'shipment-trackings/providers',
      {},
      z.record(z.string(), z.unknown()),
      SHIPMENT_TRACKING_API,
    );
    const host = new URL(config.url).host;
    return {
      ok: true,
      message:
        total === undefined
          ? localMessage('verdict.woocommerce.ok', { host })
          : localMessage('verdict.woocommerce.okCounted', { host, count: total }),
      warnings: providers ? [] : [localMessage('verdict.woocommerce.noTracking')],
    };
  } catch (error) {
    return failedVerdict(error);
  }
}

export const wooCommerceConnector: Connector<WooCommerceStoreConnection> = {
  id: 'woocommerce',
  label: 'WooCommerce',
  configSchema: WooCommerceStoreConnectionSchema,
  hostPermissions: (config) => [originPattern(wooSiteUrl(config))],
  findOrders,
  orderDetails: wooOrderDetails,
  testConnection,
};
