/**
 * BigCommerce: a store-level API account (store hash + access token sent as X-Auth-Token) with
 * the "Orders: read-only" scope. Orders are found by the customer's email (v2 `orders?email=`) and
 * by the order numbers written in the ticket (v2 `orders/{id}`), each with its products and ship-to
 * addresses embedded (`include=consignments.line_items`): a ticket naming its order costs one call.
 * Shipments (v2, per order) and refunds (v3) are read when the agent opens an order.
 */
import { localMessage } from '@/lib/i18n/local-message';
import type { Order, OrderDetails } from '@/lib/schemas/order';
import { BigCommerceStoreConnectionSchema, type BigCommerceStoreConnection } from '@/lib/schemas/store';
import { bigCommerceApi, bigCommerceHostPermissions, ORDERS_PAGE_LIMIT } from './bigcommerce-api';
import { customerSummary } from './bigcommerce-customer';
import { failedVerdict } from '@/lib/connectors/failed-verdict';
import { bigCommerceDetails, bigCommerceOrder } from './bigcommerce-map';
import type { BcOrder } from './bigcommerce-wire';
import { storeSource } from './store-source';
import { ConnectorError, type Connector, type ConnectorContext, type OrderQuery } from './types';
import { problem } from './problem';

/** "#1047", "1047", "order 1047" after extraction → 1047; Amazon-style or other shops' references → nothing. */
export function bigCommerceOrderIds(refs: readonly string[]): number[] {
  const ids = refs.map((ref) => ref.trim().replace(/^#\s*/, '')).filter((ref) => /^\d{1,10}$/.test(ref));
  return [...new Set(ids.map(Number))].filter((id) => id > 0);
}

/** The customer's newest orders shown beside any the ticket names (each folds to one line in the panel). */
export const MAX_SHOWN_ORDERS = 5;

function newestFirst(a: BcOrder, b: BcOrder): number {
  return Date.parse(b.date_created) - Date.parse(a.date_created) || b.id - a.id;
}

async function findOrders(config: BigCommerceStoreConnection, query: OrderQuery, ctx: ConnectorContext): Promise<Order[]> {
  const email = query.email?.trim() || undefined;
  const referenced = bigCommerceOrderIds(query.orderRefs);
  if (!email && referenced.length === 0) return [];
  const api = bigCommerceApi(config, ctx);
  const byEmail = email ? await api.ordersByEmail(email) : [];
  const isCustomers = (order: BcOrder) => order.billing_address.email?.toLowerCase() === email?.toLowerCase();
  const customerOrders = byEmail.filter(isCustomers);
  // Numbers the customer's list already holds cost no second call.
  const listed = new Set(customerOrders.map((order) => order.id));
  const byId = await Promise.all(referenced.map((id) => (listed.has(id) ? null : api.orderById(id))));
  const chosen = new Map<number, BcOrder>();
  // "#1042" may be another connected shop's number that happens to exist here too: when the
  // customer's address is known, a stranger's order with that number is not theirs to see.
  for (const order of byId) if (order && (!email || isCustomers(order))) chosen.set(order.id, order);
  for (const order of customerOrders.filter((own) => referenced.includes(own.id))) chosen.set(order.id, order);
  for (const order of [...customerOrders].sort(newestFirst).slice(0, MAX_SHOWN_ORDERS)) chosen.set(order.id, order);
  const orders = [...chosen.values()].sort(newestFirst);
  if (orders.length === 0) return [];

  const complete = byEmail.length < ORDERS_PAGE_LIMIT;
  const summary = customerSummary(customerOrders, complete);
  const source = storeSource(config, bigCommerceConnector);
  return orders.map((order) =>
    bigCommerceOrder(order, { storeHash: config.storeHash, source, customer: listed.has(order.id) ? summary : undefined }),
  );
}

/** The opened order's shipments and refunds, each only when the order said it has some: at most two calls, side by side. */
async function orderDetails(config: BigCommerceStoreConnection, order: Order, ctx: ConnectorContext): Promise<OrderDetails> {
  const [id] = bigCommerceOrderIds([order.number]);
  if (id === undefined) throw ConnectorError.of('not_found', problem('storeError.bigcommerce.notAnOrder', { number: order.number }));
  const parts = new Set(order.detailsOnOpen ?? []);
  const api = bigCommerceApi(config, ctx);
  const [shipments, refunds] = await Promise.all([
    parts.has('fulfillments') ? api.shipments(id) : undefined,
    parts.has('refunds') ? api.refunds([id]) : undefined,
  ]);
  return bigCommerceDetails(order, { shipments, refunds });
}

export const bigCommerceConnector: Connector<BigCommerceStoreConnection> = {
  id: 'bigcommerce',
  label: 'BigCommerce',
  configSchema: BigCommerceStoreConnectionSchema,
  hostPermissions: bigCommerceHostPermissions,
  findOrders,
  orderDetails,
  async testConnection(config, ctx) {
    try {
      const [newest] = await bigCommerceApi(config, ctx).newestOrder();
      const store = config.storeHash;
      const message = newest
        ? localMessage('verdict.bigcommerce.ok', { store, newest: String(newest.id) })
        : localMessage('verdict.bigcommerce.okEmpty', { store });
      return { ok: true, message, warnings: [] };
    } catch (error) {
      return failedVerdict(error);
    }
  },
};
