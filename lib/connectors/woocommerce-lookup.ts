/**
 * Finding a ticket's WooCommerce orders. By email: the registered customer with that address
 * (customers?email=, then orders?customer=<id>) and guest checkouts (orders?search=<email>, kept
 * only where the billing email is that address). By order ref: orders?include=<ids> for numeric
 * refs, orders?search=<ref> for custom order numbers (sequential-number plugins).
 */
import type { WooCommerceStoreConnection } from '@/lib/schemas/store';
import { orderRefKey } from './order-refs';
import { wooGet } from './woocommerce-api';
import { WooCustomersSchema, WooOrdersSchema, type WooOrder } from './woocommerce-wire';
import type { ConnectorContext } from './types';

export const ORDERS_PER_PAGE = 20;
/** Custom (non-numeric) order numbers each cost a search; a ticket rarely names more. */
const MAX_SEARCHED_REFS = 3;

export interface FoundOrders {
  orders: WooOrder[];
  /** Every order of the customer is in `orders` (no collection was cut at a page), so totals can be summed. */
  complete: boolean;
}

const sameEmail = (a: string | null | undefined, b: string) => a?.trim().toLowerCase() === b;

function wholeCollection(page: { data: unknown[]; total?: number }): boolean {
  return page.total === undefined ? page.data.length < ORDERS_PER_PAGE : page.total <= page.data.length;
}

async function registeredOrders(config: WooCommerceStoreConnection, ctx: ConnectorContext, email: string): Promise<FoundOrders> {
  const customers = await wooGet(config, ctx, 'customers', { email, role: 'all' }, WooCustomersSchema);
  const customer = customers.data.find((c) => sameEmail(c.email, email));
  if (!customer) return { orders: [], complete: true };
  const page = await wooGet(
    config,
    ctx,
    'orders',
    { customer: customer.id, per_page: ORDERS_PER_PAGE, orderby: 'date', order: 'desc' },
    WooOrdersSchema,
  );
  return { orders: page.data.filter((o) => o.customer_id === customer.id), complete: wholeCollection(page) };
}

async function guestOrders(config: WooCommerceStoreConnection, ctx: ConnectorContext, email: string): Promise<FoundOrders> {
  const page = await wooGet(
    config,
    ctx,
    'orders',
    { search: email, per_page: ORDERS_PER_PAGE, orderby: 'date', order: 'desc' },
    WooOrdersSchema,
  );
  // The search also matches names, addresses and notes: keep the orders billed to this address.
  return { orders: page.data.filter((o) => sameEmail(o.billing.email, email)), complete: wholeCollection(page) };
}

export async function ordersByEmail(config: WooCommerceStoreConnection, ctx: ConnectorContext, email: string): Promise<FoundOrders> {
  const [registered, guest] = await Promise.all([registeredOrders(config, ctx, email), guestOrders(config, ctx, email)]);
  const byId = new Map([...registered.orders, ...guest.orders].map((o) => [o.id, o]));
  return { orders: [...byId.values()], complete: registered.complete && guest.complete };
}

export async function ordersByRefs(
  config: WooCommerceStoreConnection,
  ctx: ConnectorContext,
  refs: readonly string[],
): Promise<WooOrder[]> {
  const keys = new Set(refs.map(orderRefKey).filter(Boolean));
  const ids = [...keys].filter((key) => /^\d{1,12}$/.test(key));
  const found = ids.length
    ? (await wooGet(config, ctx, 'orders', { include: ids.join(','), per_page: Math.min(100, ids.length) }, WooOrdersSchema)).data
    : [];
  const matched = found.filter((o) => keys.has(orderRefKey(o.number)) || keys.has(String(o.id)));
  const seen = new Set(matched.flatMap((o) => [orderRefKey(o.number), String(o.id)]));
  const custom = refs.filter((ref) => {
    const key = orderRefKey(ref);
    return key && !seen.has(key) && !/^\d+$/.test(key);
  });
  const searched = await Promise.all(
    [...new Set(custom.map((ref) => ref.trim().replace(/^#\s*/, '')))].slice(0, MAX_SEARCHED_REFS).map(async (ref) => {
      const page = await wooGet(config, ctx, 'orders', { search: ref, per_page: 5 }, WooOrdersSchema);
      return page.data.filter((o) => orderRefKey(o.number) === orderRefKey(ref));
    }),
  );
  return [...matched, ...searched.flat()];
}
