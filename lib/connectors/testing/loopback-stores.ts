/**
 * The connector tests' way to reach the loopback stores (tests/servers): Node's own fetch
 * (happy-dom's would apply a page's CORS rules) and each store's connection as the options page saves it.
 */
import {
  ShopifyStoreConnectionSchema,
  type ShopifyStoreConnection,
  WooCommerceStoreConnectionSchema,
  type WooCommerceStoreConnection,
} from '@/lib/schemas/store';
import type { ConnectorContext } from '@/lib/connectors/types';
import type { ShopifyServer } from '@/tests/servers/shopify-server';
import type { WooServer } from '@/tests/servers/woocommerce-server';

export const NODE_FETCH: ConnectorContext = { fetch: (...args) => fetch(...args) };

/** The loopback shop with its Admin API access token. */
export function shopifyConnectionTo(shop: ShopifyServer): ShopifyStoreConnection {
  return ShopifyStoreConnectionSchema.parse({
    platform: 'shopify',
    shopDomain: shop.shopDomain,
    accessToken: shop.accessToken,
    baseUrl: shop.origin,
  });
}

/** The loopback WooCommerce site with its REST API key pair. */
export function wooConnectionTo(site: WooServer): WooCommerceStoreConnection {
  return WooCommerceStoreConnectionSchema.parse({
    platform: 'woocommerce',
    url: 'https://shop.example',
    consumerKey: site.consumerKey,
    consumerSecret: site.consumerSecret,
    baseUrl: site.origin,
  });
}
