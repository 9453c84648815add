/**
 * Amazon Selling Partner API: the order ids a Seller Central thread names (3-7-7 digits) are read
 * with Orders API v2026-01-01 `getOrder`, which returns items, buyer, delivery address, totals and
 * (for merchant-fulfilled orders) packages with carrier and tracking number in one call. Orders
 * v0 (`getOrder` + `getOrderItems`) has no tracking at all, needs a Restricted Data Token for the
 * buyer's name and address, costs two calls per order, and Amazon retires it in 2027.
 *
 * SP-API has no customer search: v0's BuyerEmail filter matched only the anonymised relay address
 * and v2026-01-01 dropped it, so a ticket with an email and no Amazon order id finds nothing here.
 */
import type { Order } from '@/lib/schemas/order';
import { AmazonStoreConnectionSchema, type AmazonStoreConnection } from '@/lib/schemas/store';
import { originPattern } from '@/lib/connectors/secure-url';
import { requestJson } from '@/lib/connectors/http';
import { LwaTokenCache, lwaTokenUrl } from './amazon-auth';
import { checkAmazonConnection } from './amazon-check';
import { amazonOrder } from './amazon-map';
import { systemClock, TokenBucketLimiter, type Clock } from './amazon-rate-limit';
import { spApiOrigin } from './amazon-regions';
import { SpGetOrderResponseSchema, type SpOrder } from './amazon-wire';
import { orderRefKey } from './order-refs';
import { storeSource } from './store-source';
import { ConnectorError, type Connector, type ConnectorContext, type OrderQuery } from './types';
import { problem } from './problem';
import { amazonStore } from './store-name';

/** getOrder's default usage plan (Orders API v2026-01-01 model). */
export const GET_ORDER_PLAN = { ratePerSecond: 0.5, burst: 30 };
/** A ticket rarely names more; each id costs one call of a scarce budget. */
export const MAX_ORDER_IDS = 5;
/** Longer than this for a rate-limit token and the panel is told when to retry instead. */
const MAX_TOKEN_WAIT_MS = 8_000;
const INCLUDED_DATA = ['BUYER', 'RECIPIENT', 'FULFILLMENT', 'PACKAGES', 'PROCEEDS'].join(',');

/** "114-3941689-8772232", "114 3941689 8772232", "1143941689 8772232" → "114-3941689-8772232". */
export function amazonOrderIds(refs: readonly string[]): string[] {
  const ids = refs.map(orderRefKey).filter((key) => /^\d{17}$/.test(key));
  return [...new Set(ids)].map((key) => `${key.slice(0, 3)}-${key.slice(3, 10)}-${key.slice(10)}`);
}

/** A 429 from SP-API rarely carries Retry-After; the rate it reports says when the next token comes. */
function spApiFetch(inner: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    const rate = Number(response.headers.get('x-amzn-ratelimit-limit'));
    if (response.status !== 429 || response.headers.has('retry-after') || !(rate > 0)) return response;
    const headers = new Headers(response.headers);
    headers.set('retry-after', String(Math.ceil(1 / rate)));
    return new Response(await response.text(), { status: 429, headers });
  };
}

export function createAmazonConnector(clock: Clock = systemClock): Connector<AmazonStoreConnection> {
  const limiter = new TokenBucketLimiter(GET_ORDER_PLAN, clock);
  const tokens = new LwaTokenCache(clock);

  async function getOrder(config: AmazonStoreConnection, orderId: string, ctx: ConnectorContext, retried = false): Promise<SpOrder | null> {
    const origin = spApiOrigin(config);
    const store = amazonStore(config);
    // Amazon meters each app per seller: key the bucket the same way.
    const bucket = [origin.origin, config.clientId, config.sellerId ?? config.refreshToken].join('\u0000');
    await limiter.take(bucket, MAX_TOKEN_WAIT_MS, store);
    const token = await tokens.get(config, ctx);
    try {
      const { data, headers } = await requestJson(
        { ...ctx, fetch: spApiFetch(ctx.fetch) },
        {
          url: `${origin.origin}/orders/2026-01-01/orders/${encodeURIComponent(orderId)}?includedData=${INCLUDED_DATA}`,
          headers: { 'x-amz-access-token': token.value },
          schema: SpGetOrderResponseSchema,
          store,
          secrets: [token.value, config.refreshToken, config.clientSecret],
          hints: {
            403: problem('storeError.amazon.roles', { store }),
          },
        },
      );
      limiter.setRate(bucket, Number(headers.get('x-amzn-ratelimit-limit')));
      return data.order;
    } catch (error) {
      if (!(error instanceof ConnectorError)) throw error;
      if (error.kind === 'not_found') return null;
      if (error.kind === 'rate_limited') {
        limiter.drain(bucket, error.retryAfterMs);
        throw new ConnectorError('rate_limited', error.message, limiter.waitMs(bucket), error.problem);
      }
      // A cached access token may have been revoked: exchange the refresh token once more.
      if (error.kind === 'permission' && !token.fresh && !retried) {
        await tokens.invalidate(config, ctx);
        return getOrder(config, orderId, ctx, true);
      }
      throw error;
    }
  }

  const connector: Connector<AmazonStoreConnection> = {
    id: 'amazon',
    label: 'Amazon',
    configSchema: AmazonStoreConnectionSchema,
    hostPermissions: (config) => [...new Set([originPattern(spApiOrigin(config)), originPattern(lwaTokenUrl(config))])],
    testConnection: (config, ctx) => checkAmazonConnection(config, ctx, tokens),
    async findOrders(config, query: OrderQuery, ctx): Promise<Order[]> {
      const ids = amazonOrderIds(query.orderRefs).slice(0, MAX_ORDER_IDS);
      if (ids.length === 0) return [];
      const source = storeSource(config, connector);
      // One after another: the bucket hands out tokens in order, and one failure stops the rest.
      const orders: Order[] = [];
      for (const id of ids) {
        const order = await getOrder(config, id, ctx);
        if (order) orders.push(amazonOrder(order, config, source));
      }
      return orders.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    },
  };
  return connector;
}

export const amazonConnector = createAmazonConnector();
