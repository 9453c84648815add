/**
 * The Shopify connector: a ticket's orders from the Admin GraphQL API, in one request per lookup
 * (customer email OR order names), newest first.
 */
import { localMessage } from '@/lib/i18n/local-message';
import type { Order } from '@/lib/schemas/order';
import { ShopifyStoreConnectionSchema, type ShopifyStoreConnection } from '@/lib/schemas/store';
import { failedVerdict } from '@/lib/connectors/failed-verdict';
import { originPattern } from '@/lib/connectors/secure-url';
import { orderRefKey, orderRefKeys } from './order-refs';
import { SHOPIFY_ALL_ORDERS_SCOPE, SHOPIFY_REQUIRED_SCOPES } from './shopify-guide';
import { scopesNamed, shopifyGraphQL, shopifyOrigin } from './shopify-graphql';
import { toOrder } from './shopify-map';
import { ORDERS_PER_LOOKUP, ORDERS_QUERY, ordersSearch, SHOP_CHECK_QUERY } from './shopify-query';
import { OrdersDataSchema, ShopCheckDataSchema } from './shopify-wire';
import { storeSource } from './store-source';
import { problem, problemMessage } from './problem';
import type { ConnectionVerdict, Connector, ConnectorContext, OrderQuery } from './types';

function shopHandle(config: ShopifyStoreConnection): string {
  return config.shopDomain.replace(/\.myshopify\.com$/, '');
}

/** Shopify's search matches loosely; keep only orders of this customer or with an asked-for number. */
function asked(order: Order, email: string | undefined, refKeys: Set<string>): boolean {
  if (refKeys.has(orderRefKey(order.number))) return true;
  if (!email) return false;
  const orderEmail = order.customer.email?.toLowerCase();
  // No readable email (protected customer data): trust the email search that found it.
  return orderEmail === undefined || orderEmail === email;
}

/** The first order date is known when every one of the customer's orders is in hand. */
function withFirstOrderDates(orders: Order[]): Order[] {
  // Not Map.groupBy: the CLI runs on Node 20, which lacks it.
  const byEmail = new Map<string, Order[]>();
  for (const order of orders) {
    const key = order.customer.email?.toLowerCase();
    if (key) byEmail.set(key, [...(byEmail.get(key) ?? []), order]);
  }
  return orders.map((order) => {
    const mine = byEmail.get(order.customer.email?.toLowerCase() ?? '') ?? [];
    const count = order.customer.ordersCount;
    if (count === undefined || mine.length < count) return order;
    const first = mine.reduce((a, b) => (Date.parse(a.createdAt) <= Date.parse(b.createdAt) ? a : b));
    return { ...order, customer: { ...order.customer, firstOrderAt: first.createdAt } };
  });
}

async function findOrders(config: ShopifyStoreConnection, query: OrderQuery, ctx: ConnectorContext): Promise<Order[]> {
  const email = query.email?.trim().toLowerCase() || undefined;
  const search = ordersSearch(email, query.orderRefs);
  if (!search) return [];
  const { data } = await shopifyGraphQL(config, ctx, ORDERS_QUERY, { first: ORDERS_PER_LOOKUP, query: search }, OrdersDataSchema);
  const source = storeSource(config, shopifyConnector);
  const refKeys = orderRefKeys(query.orderRefs);
  const orders = (data.orders?.nodes ?? [])
    .map((node) => toOrder(node, shopHandle(config), source))
    .filter((o) => asked(o, email, refKeys));
  return withFirstOrderDates(orders);
}

/** Reads the shop and the granted scopes, then runs a real order search, which is what proves read_orders works. */
async function testConnection(config: ShopifyStoreConnection, ctx: ConnectorContext): Promise<ConnectionVerdict> {
  try {
    const { data } = await shopifyGraphQL(config, ctx, SHOP_CHECK_QUERY, {}, ShopCheckDataSchema);
    const granted = new Set(data.currentAppInstallation?.accessScopes.map((s) => s.handle) ?? []);
    const missing = SHOPIFY_REQUIRED_SCOPES.filter((scope) => !granted.has(scope));
    if (missing.length) {
      const shop = data.shop?.name ?? config.shopDomain;
      return {
        ok: false,
        kind: 'permission',
        message: problemMessage(problem('storeError.shopify.connectedMissingScope', { shop, scopes: missing.join(', ') })),
        warnings: [],
      };
    }
    const { denied } = await shopifyGraphQL(config, ctx, ORDERS_QUERY, { first: 1, query: 'created_at:>2000-01-01' }, OrdersDataSchema);
    const warnings = granted.has(SHOPIFY_ALL_ORDERS_SCOPE) ? [] : [localMessage('verdict.shopify.sixtyDays')];
    if (denied.length) {
      const scopes = scopesNamed(denied);
      const hidden = scopes.length ? scopes : denied.map((e) => String(e.path?.at(-1) ?? ''));
      warnings.push(localMessage('verdict.shopify.hiddenCustomerData', { scopes: hidden.join(', ') }));
    }
    return {
      ok: true,
      message: localMessage('verdict.shopify.ok', {
        shop: data.shop?.name ?? config.shopDomain,
        domain: data.shop?.myshopifyDomain ?? config.shopDomain,
      }),
      warnings,
    };
  } catch (error) {
    return failedVerdict(error);
  }
}

export const shopifyConnector: Connector<ShopifyStoreConnection> = {
  id: 'shopify',
  label: 'Shopify',
  configSchema: ShopifyStoreConnectionSchema,
  hostPermissions: (config) => [originPattern(new URL(shopifyOrigin(config)))],
  findOrders,
  testConnection,
};
