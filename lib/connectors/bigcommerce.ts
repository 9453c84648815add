/**
 * BigCommerce: a store-level API account (store hash + access token sent as X-Auth-Token) with
 * the "Orders: read-only" scope. Orders are found by the customer's email (v2 `orders?email=`) and
 * by the order numbers written in the ticket (v2 `orders/{id}`); each order shown costs three more
 * calls (products, shipments, shipping addresses) and all refunds come in one v3 call, so only the
 * newest few orders are read in full.
 */
import type { Order } from '@/lib/schemas/order';
import { BigCommerceStoreConnectionSchema, type BigCommerceStoreConnection } from '@/lib/schemas/store';
import { bigCommerceApi, bigCommerceHostPermissions, ORDERS_PAGE_LIMIT } from './bigcommerce-api';
import { customerSummary } from './bigcommerce-customer';
import { failedVerdict } from './http';
import { bigCommerceOrder } from './bigcommerce-map';
import type { BcOrder } from './bigcommerce-wire';
import { storeSource } from './store-source';
import type { Connector, ConnectorContext, OrderQuery } from './types';

/** Orders read in full per lookup (plus any the ticket names): 3 calls each, within BigCommerce's 150 per 30 s. */
export const MAX_DETAILED_ORDERS = 5;

/** "#1047", "1047", "order 1047" after extraction → 1047; Amazon-style or other shops' references → nothing. */
export function bigCommerceOrderIds(refs: readonly string[]): number[] {
  const ids = refs.map((ref) => ref.trim().replace(/^#\s*/, '')).filter((ref) => /^\d{1,10}$/.test(ref));
  return [...new Set(ids.map(Number))].filter((id) => id > 0);
}

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
  for (const order of [...customerOrders].sort(newestFirst).slice(0, MAX_DETAILED_ORDERS)) chosen.set(order.id, order);
  const orders = [...chosen.values()].sort(newestFirst);
  if (orders.length === 0) return [];

  const complete = byEmail.length < ORDERS_PAGE_LIMIT;
  const summary = customerSummary(customerOrders, complete);
  const refunds = await api.refunds(orders.map((order) => order.id));
  const source = storeSource(config, bigCommerceConnector);
  return Promise.all(
    orders.map(async (order) => {
      const [products, shipments, shippingAddresses] = await Promise.all([
        api.products(order.id),
        api.shipments(order.id),
        api.shippingAddresses(order.id),
      ]);
      return bigCommerceOrder(
        order,
        { products, shipments, shippingAddresses, refunds: refunds.filter((refund) => refund.order_id === order.id) },
        { storeHash: config.storeHash, source, customer: listed.has(order.id) ? summary : undefined },
      );
    }),
  );
}

export const bigCommerceConnector: Connector<BigCommerceStoreConnection> = {
  id: 'bigcommerce',
  label: 'BigCommerce',
  configSchema: BigCommerceStoreConnectionSchema,
  hostPermissions: bigCommerceHostPermissions,
  findOrders,
  async testConnection(config, ctx) {
    try {
      const [newest] = await bigCommerceApi(config, ctx).newestOrder();
      const latest = newest ? ` (newest order #${newest.id})` : ' (no orders yet)';
      return { ok: true, message: `Connected to BigCommerce store ${config.storeHash}: orders are readable${latest}.`, warnings: [] };
    } catch (error) {
      return failedVerdict(error);
    }
  },
};
