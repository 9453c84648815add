/**
 * What the options page tells a merchant connecting Shopify (checked against shopify.dev on
 * 2026-11-24): legacy custom apps cannot be created since 2026-01-01, so the app is made in the
 * Dev Dashboard and either exchanges its client ID and secret for a token (client credentials
 * grant, for apps of the merchant's own organisation on stores it owns) or, for a legacy custom
 * app made before, uses its Admin API access token (shpat_…).
 */

/** Scopes Deskpilot needs; both read-only. */
export const SHOPIFY_REQUIRED_SCOPES = ['read_orders', 'read_customers'] as const;

/** The optional scope that lifts Shopify's 60-day window on orders. */
export const SHOPIFY_ALL_ORDERS_SCOPE = 'read_all_orders';

export const SHOPIFY_60_DAY_NOTE =
  "Without the read_all_orders scope, Shopify only shows orders from the last 60 days: older orders of a customer will not appear. Shopify grants read_all_orders on request, in the app's API access settings.";

export const SHOPIFY_CONNECT_STEPS = [
  'Open the Shopify Dev Dashboard (dev.shopify.com/dashboard) with the account that owns the store and create an app.',
  'In the app version’s Access settings, select the scopes read_orders and read_customers (and read_all_orders for orders older than 60 days), then release the version.',
  'Install the app on your store from the app’s home page.',
  'In the app’s Settings, copy the Client ID and Client secret into Deskpilot, with the shop domain (acme.myshopify.com).',
  'Already have a legacy custom app? Paste its Admin API access token (shpat_…) instead of the client ID and secret.',
] as const;
