/**
 * The BigCommerce Management API calls the connector makes, each parsed with its wire schema.
 * Two BigCommerce habits are smoothed over at the fetch boundary so the shared HTTP path
 * (./http.ts) reads them like any other store: v2 collections answer 204 No Content when nothing
 * matches, and a 429 says when to come back in X-Rate-Limit-Time-Reset-Ms, not Retry-After.
 */
import type { z } from 'zod';
import type { BigCommerceStoreConnection } from '@/lib/schemas/store';
import { originPattern, requireSecureUrl } from '@/lib/connectors/secure-url';
import { requestJson } from '@/lib/connectors/http';
import { ConnectorError, type ConnectorContext } from './types';
import { problem } from './problem';
import { bigCommerceStore } from './store-name';
import {
  BcOrderListSchema,
  BcOrderSchema,
  BcRefundListSchema,
  BcShipmentListSchema,
  type BcOrder,
  type BcRefund,
  type BcShipment,
} from './bigcommerce-wire';

export const BIGCOMMERCE_API_ORIGIN = 'https://api.bigcommerce.com';
/** One v2 page; a customer with more orders than this gets no lifetime summary (see bigcommerce-customer.ts). */
export const ORDERS_PAGE_LIMIT = 50;
/**
 * Each order comes with its products and ship-to addresses embedded (GET /v2/orders and
 * /v2/orders/{id} both take `include`): one call answers what used to take three per order.
 */
const WITH_LINE_ITEMS = { include: 'consignments.line_items', consignment_structure: 'object' } as const;

export function bigCommerceApiRoot(config: BigCommerceStoreConnection): URL {
  const origin = requireSecureUrl(config.baseUrl ?? BIGCOMMERCE_API_ORIGIN, 'BigCommerce');
  return new URL(`${origin.origin}/stores/${encodeURIComponent(config.storeHash)}/`);
}

export function bigCommerceHostPermissions(config: BigCommerceStoreConnection): string[] {
  return [originPattern(bigCommerceApiRoot(config))];
}

/** Rewrites the two non-standard answers into what ./http.ts understands. */
function bigCommerceFetch(inner: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    if (response.status === 204) return new Response('[]', { status: 200, headers: response.headers });
    const resetMs = response.headers.get('x-rate-limit-time-reset-ms');
    if (response.status === 429 && resetMs && !response.headers.has('retry-after')) {
      const headers = new Headers(response.headers);
      headers.set('retry-after', String(Math.max(1, Math.ceil(Number(resetMs) / 1000))));
      return new Response(await response.text(), { status: 429, headers });
    }
    return response;
  };
}

export interface BigCommerceApi {
  /** The newest order, or none: one cheap call that proves the store hash, the token and the scope. */
  newestOrder(): Promise<BcOrder[]>;
  /** The customer's orders, newest first, each with its line items and ship-to addresses. */
  ordersByEmail(email: string): Promise<BcOrder[]>;
  /** With line items and addresses; null when the store has no order with that id (the reference may belong to another shop). */
  orderById(id: number): Promise<BcOrder | null>;
  shipments(orderId: number): Promise<BcShipment[]>;
  /** Every refund of these orders in one v3 call. */
  refunds(orderIds: readonly number[]): Promise<BcRefund[]>;
}

export function bigCommerceApi(config: BigCommerceStoreConnection, ctx: ConnectorContext): BigCommerceApi {
  const root = bigCommerceApiRoot(config);
  const context: ConnectorContext = { ...ctx, fetch: bigCommerceFetch(ctx.fetch) };
  const store = bigCommerceStore(config);
  const get = async <T>(path: string, schema: z.ZodType<T>): Promise<T> => {
    const { data } = await requestJson(context, {
      url: new URL(path, root).href,
      headers: { 'x-auth-token': config.accessToken },
      schema,
      store,
      secrets: [config.accessToken],
      hints: {
        401: problem('storeError.bigcommerce.token', { store }),
        403: problem('storeError.bigcommerce.scope', { store }),
        404: problem('storeError.bigcommerce.storeHash', { store }),
      },
    });
    return data;
  };
  return {
    newestOrder: () => get('v2/orders?sort=date_created:desc&limit=1', BcOrderListSchema),
    ordersByEmail: (email) =>
      get(
        `v2/orders?${new URLSearchParams({ email, sort: 'date_created:desc', limit: String(ORDERS_PAGE_LIMIT), ...WITH_LINE_ITEMS })}`,
        BcOrderListSchema,
      ),
    orderById: (id) =>
      get(`v2/orders/${id}?${new URLSearchParams(WITH_LINE_ITEMS)}`, BcOrderSchema).catch((error: unknown) => {
        if (error instanceof ConnectorError && error.kind === 'not_found') return null;
        throw error;
      }),
    shipments: (orderId) => get(`v2/orders/${orderId}/shipments?limit=250`, BcShipmentListSchema),
    refunds: async (orderIds) =>
      orderIds.length === 0
        ? []
        : get(
            `v3/orders/payment_actions/refunds?${new URLSearchParams({ 'order_id:in': orderIds.join(','), limit: '250' })}`,
            BcRefundListSchema,
          ),
  };
}
