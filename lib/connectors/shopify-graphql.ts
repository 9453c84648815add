/**
 * One Admin GraphQL call. Shopify reports most failures inside a 200 answer: `errors` with
 * extensions.code THROTTLED (the query-cost bucket is empty) or ACCESS_DENIED (a missing scope,
 * or protected customer data the app may not read). Those become typed ConnectorErrors; a denial
 * of some fields only (data still present) is returned beside the data, so the orders still show
 * and "Test connection" can name what is missing.
 */
import type { z } from 'zod';
import type { ShopifyStoreConnection } from '@/lib/schemas/store';
import { requestJson } from '@/lib/connectors/http';
import { requireSecureUrl } from '@/lib/connectors/secure-url';
import { forgetShopifyToken, shopifyAccessToken } from './shopify-auth';
import { graphQLEnvelope, type GraphQLError } from './shopify-wire';
import { ConnectorError, type ConnectorContext } from './types';
import { problem } from './problem';

/** The newest stable Admin API version on 2026-11-24 (supported until 2027-10); a connection may pin another. */
export const DEFAULT_SHOPIFY_API_VERSION = '2026-10';

export interface GraphQLResult<T> {
  data: T;
  /** Fields Shopify would not show (ACCESS_DENIED below the root): the answer is partial. */
  denied: GraphQLError[];
}

/** Where calls go: the shop itself, or the connection's baseUrl (a loopback server, a proxy). */
export function shopifyOrigin(config: ShopifyStoreConnection): string {
  return config.baseUrl ? requireSecureUrl(config.baseUrl, 'Shopify').origin : `https://${config.shopDomain}`;
}

/** The scopes an ACCESS_DENIED message names ("Required access: `read_orders` access scope."). */
export function scopesNamed(errors: readonly GraphQLError[]): string[] {
  return [...new Set(errors.flatMap((e) => [...e.message.matchAll(/`?\b((?:read|write)_[a-z_]+)\b`?/g)].map((m) => m[1]!)))];
}

function throttled(
  cost: { requestedQueryCost: number; throttleStatus: { currentlyAvailable: number; restoreRate: number } } | undefined,
  shop: string,
): ConnectorError {
  const missing = cost ? cost.requestedQueryCost - cost.throttleStatus.currentlyAvailable : 0;
  const retryAfterMs =
    cost && cost.throttleStatus.restoreRate > 0 ? Math.max(1000, Math.ceil((missing / cost.throttleStatus.restoreRate) * 1000)) : 1000;
  return ConnectorError.of(
    'rate_limited',
    problem('storeError.shopify.throttled', { shop, seconds: Math.ceil(retryAfterMs / 1000) }),
    retryAfterMs,
  );
}

function accessDenied(errors: readonly GraphQLError[], shop: string): ConnectorError {
  const scopes = scopesNamed(errors);
  return ConnectorError.of(
    'permission',
    scopes.length
      ? problem('storeError.shopify.scopesMissing', { shop, scopes: scopes.join(', ').slice(0, 300) })
      : problem('storeError.shopify.scope', { shop }),
  );
}

async function post<T extends z.ZodType>(
  config: ShopifyStoreConnection,
  ctx: ConnectorContext,
  origin: string,
  body: string,
  dataSchema: T,
) {
  const token = await shopifyAccessToken(config, origin, ctx);
  const shop = config.shopDomain;
  return requestJson(ctx, {
    url: `${origin}/admin/api/${config.apiVersion ?? DEFAULT_SHOPIFY_API_VERSION}/graphql.json`,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-shopify-access-token': token },
    body,
    schema: graphQLEnvelope(dataSchema),
    store: `Shopify (${shop})`,
    secrets: [token, config.clientSecret ?? ''],
    hints: {
      401: problem('storeError.shopify.token', { shop }),
      403: problem('storeError.shopify.scope', { shop }),
      404: problem('storeError.shopify.noApi', { shop, version: config.apiVersion ?? DEFAULT_SHOPIFY_API_VERSION }),
    },
  });
}

export async function shopifyGraphQL<T extends z.ZodType>(
  config: ShopifyStoreConnection,
  ctx: ConnectorContext,
  document: string,
  variables: Record<string, unknown>,
  dataSchema: T,
): Promise<GraphQLResult<z.infer<T>>> {
  const origin = shopifyOrigin(config);
  const body = JSON.stringify({ query: document, variables });
  let answer: Awaited<ReturnType<typeof post<T>>>;
  try {
    answer = await post(config, ctx, origin, body, dataSchema);
  } catch (error) {
    // An exchanged token can be revoked before it expires: exchange again, once.
    if (!(error instanceof ConnectorError && error.kind === 'auth' && forgetShopifyToken(config, origin))) throw error;
    answer = await post(config, ctx, origin, body, dataSchema);
  }
  const { data, errors = [], extensions } = answer.data;
  const shop = config.shopDomain;
  if (errors.some((e) => e.extensions?.code === 'THROTTLED')) throw throttled(extensions?.cost, shop);
  const denied = errors.filter((e) => e.extensions?.code === 'ACCESS_DENIED');
  const rootDenied = denied.some((e) => (e.path?.length ?? 0) <= 1);
  if (denied.length && (rootDenied || data == null)) throw accessDenied(denied, shop);
  const other = errors.find((e) => e.extensions?.code !== 'ACCESS_DENIED');
  if (other || data == null) {
    throw ConnectorError.of(
      'bad_response',
      other
        ? problem('storeError.shopify.queryFailed', { shop, detail: other.message.slice(0, 300) })
        : problem('storeError.shopify.noData', { shop }),
    );
  }
  return { data, denied };
}
