/**
 * One GET against a WooCommerce site's REST API, authenticated with the consumer key and secret
 * as HTTP Basic auth. WooCommerce accepts Basic auth only over HTTPS (plain http would need
 * OAuth 1.0a signatures and would expose the keys): plain http is refused except on loopback.
 */
import type { z } from 'zod';
import type { WooCommerceStoreConnection } from '@/lib/schemas/store';
import { requestJson } from '@/lib/connectors/http';
import { requireSecureUrl } from '@/lib/connectors/secure-url';
import { WpErrorSchema } from './woocommerce-wire';
import { ConnectorError, type ConnectorContext } from './types';
import { problem } from './problem';

export const WOO_API = 'wc/v3';
export const SHIPMENT_TRACKING_API = 'wc-shipment-tracking/v3';

export interface WooPage<T> {
  data: T;
  /** X-WP-Total: how many items the whole collection holds (a list endpoint only). */
  total?: number;
}

/** The site (or the connection's baseUrl: a loopback server, a proxy) without a trailing slash. */
export function wooSiteUrl(config: WooCommerceStoreConnection): URL {
  return requireSecureUrl(config.baseUrl ?? config.url, 'WooCommerce');
}

function storeName(config: WooCommerceStoreConnection): string {
  return `WooCommerce (${new URL(config.url).host})`;
}

function wpErrorCode(body: string): string | undefined {
  try {
    return WpErrorSchema.safeParse(JSON.parse(body)).data?.code;
  } catch {
    return undefined;
  }
}

export async function wooGet<T>(
  config: WooCommerceStoreConnection,
  ctx: ConnectorContext,
  route: string,
  params: Record<string, string | number>,
  schema: z.ZodType<T>,
  namespace = WOO_API,
): Promise<WooPage<T>> {
  const site = wooSiteUrl(config);
  const url = new URL(`${site.href.replace(/\/+$/, '')}/wp-json/${namespace}/${route}`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
  const store = storeName(config);
  const { data, headers } = await requestJson(ctx, {
    url: url.href,
    headers: { authorization: `Basic ${btoa(`${config.consumerKey}:${config.consumerSecret}`)}` },
    schema,
    store,
    secrets: [config.consumerKey, config.consumerSecret],
    hints: {
      401: problem('storeError.woocommerce.keys', { store }),
      403: problem('storeError.woocommerce.readPermission', { store }),
    },
    onStatus: (status, _detail, body) => {
      if (status !== 404) return undefined;
      const code = wpErrorCode(body);
      if (code === 'rest_no_route' && namespace === WOO_API) {
        const address = `${site.host}${site.pathname.replace(/\/$/, '')}/wp-json/wc/v3`.slice(0, 300);
        return ConnectorError.of('not_found', problem('storeError.woocommerce.noRestApi', { store, address }, { status }));
      }
      return ConnectorError.of(
        'not_found',
        code
          ? problem('storeError.woocommerce.notFound', { store, code: code.slice(0, 300) }, { status })
          : problem('storeError.noSuchAddress', { store }, { status }),
      );
    },
  });
  const total = Number(headers.get('x-wp-total'));
  return { data, total: Number.isFinite(total) && headers.has('x-wp-total') ? total : undefined };
}

/** The same GET for something a store may not have (an extension, a deleted order): null on 404. */
export async function wooGetOptional<T>(...args: Parameters<typeof wooGet<T>>): Promise<WooPage<T> | null> {
  try {
    return await wooGet(...args);
  } catch (error) {
    if (error instanceof ConnectorError && error.kind === 'not_found') return null;
    throw error;
  }
}
