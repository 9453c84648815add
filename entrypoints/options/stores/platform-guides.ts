/**
 * How to get the credentials each platform's form asks for, shown beside the form. Shopify's and
 * WooCommerce's steps are the connectors' own (lib/connectors/), so the guide and the code that
 * checks the scopes say the same thing.
 */
import { SHOPIFY_60_DAY_NOTE, SHOPIFY_CONNECT_STEPS, SHOPIFY_REQUIRED_SCOPES } from '@/lib/connectors/shopify-guide';
import { WOOCOMMERCE_CONNECT_STEPS } from '@/lib/connectors/woocommerce';
import type { ConnectablePlatform } from './store-list';

export interface PlatformGuide {
  steps: readonly string[];
  /** What to know before connecting: scopes, limits, the safest kind of key. */
  notes: readonly string[];
}

export const PLATFORM_GUIDES: Record<ConnectablePlatform, PlatformGuide> = {
  shopify: {
    steps: SHOPIFY_CONNECT_STEPS,
    notes: [`Scopes Deskpilot needs: ${SHOPIFY_REQUIRED_SCOPES.join(', ')} (both read-only).`, SHOPIFY_60_DAY_NOTE],
  },
  woocommerce: {
    steps: WOOCOMMERCE_CONNECT_STEPS,
    notes: ['Use a read-only key (Permissions: Read). Deskpilot never changes orders, so a key that can write is a risk with no use.'],
  },
  bigcommerce: {
    steps: [
      'In the BigCommerce control panel, open Settings › API › Store-level API accounts and click "Create API account" (token type V2/V3).',
      'Set the Orders scope to "read-only" and leave every other scope at "None".',
      'Save, then copy the access token (BigCommerce shows it once) and the store hash: the code after /stores/ in the API path.',
    ],
    notes: ['Use an Orders read-only account: Deskpilot only reads orders, shipments and refunds.'],
  },
  amazon: {
    steps: [
      'In Seller Central, open Apps and Services › Develop Apps and register as a private developer if asked.',
      'Add an app client with the Inventory and Order Tracking role (and Direct-to-Consumer Delivery to see the buyer’s name and address).',
      'Authorise the app for your seller account in this region and copy the refresh token it shows (Atzr|…).',
      'Under the app’s Login with Amazon credentials, copy the client ID and client secret.',
    ],
    notes: [
      'Amazon orders are found by the order id in a Seller Central message (3-7-7 digits), not by email address. Amazon allows few requests per second: Deskpilot spaces them out.',
    ],
  },
};
