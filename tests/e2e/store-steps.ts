/**
 * The stores e2e suite's steps: Emma's orders seeded into the loopback Shopify and WooCommerce
 * stores, and adding a store in the options page the way an agent does (platform, credentials,
 * "Advanced: API base URL" pointed at the loopback server).
 */
import type { Page } from '@playwright/test';
import { SHOPIFY_FIXTURE_ORDERS } from '../servers/shopify-orders';
import type { ShopifyServer } from '../servers/shopify-server';
import { WOO_FIXTURE_ORDERS, type WooServer } from '../servers/woocommerce-server';
import { expect } from './fixtures';

export const EMMA = 'emma.schneider@example.com';
export const EMMA_THREAD = '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
export const TRACKING = '1Z999AA10123456784';
/** Shopify gives no URL for this parcel: the panel builds UPS's own tracking link. */
export const TRACKING_LINK = `https://www.ups.com/track?tracknum=${TRACKING}`;

type Json = Record<string, any>; // fixture rows in the platforms' wire shapes

/** Emma's #1047 on the Shopify store (in transit with UPS) and a newer order on the WooCommerce one. */
export function seedEmma(): () => void {
  const shopify: Json = structuredClone(SHOPIFY_FIXTURE_ORDERS.find((o) => o.name === '#1001')!);
  Object.assign(shopify, {
    id: 'gid://shopify/Order/5300000001047',
    legacyResourceId: '5300000001047',
    name: '#1047',
    email: EMMA,
    createdAt: '2026-11-18T09:30:00Z',
    processedAt: '2026-11-18T09:30:00Z',
  });
  Object.assign(shopify.customer, {
    displayName: 'Emma Schneider',
    firstName: 'Emma',
    lastName: 'Schneider',
    numberOfOrders: '1',
    amountSpent: { amount: '126.0', currencyCode: 'USD' },
    defaultEmailAddress: { emailAddress: EMMA },
  });
  shopify.shippingAddress.name = 'Emma Schneider';
  Object.assign(shopify.fulfillments[0], {
    displayStatus: 'IN_TRANSIT',
    deliveredAt: null,
    estimatedDeliveryAt: '2026-11-26T18:00:00Z',
    trackingInfo: [{ company: 'UPS', number: TRACKING, url: null }],
  });

  const woo: Json = structuredClone(WOO_FIXTURE_ORDERS.find((o) => o.id === 2055)!);
  Object.assign(woo, {
    id: 2099,
    number: '2099',
    customer_id: 0,
    date_created_gmt: '2026-11-20T10:00:00',
    date_created: '2026-11-20T05:00:00',
  });
  Object.assign(woo.billing, { first_name: 'Emma', last_name: 'Schneider', email: EMMA });
  Object.assign(woo.shipping, { first_name: 'Emma', last_name: 'Schneider' });

  SHOPIFY_FIXTURE_ORDERS.push(shopify as (typeof SHOPIFY_FIXTURE_ORDERS)[number]);
  WOO_FIXTURE_ORDERS.push(woo as (typeof WOO_FIXTURE_ORDERS)[number]);
  return () => {
    SHOPIFY_FIXTURE_ORDERS.splice(SHOPIFY_FIXTURE_ORDERS.indexOf(shopify as never), 1);
    WOO_FIXTURE_ORDERS.splice(WOO_FIXTURE_ORDERS.indexOf(woo as never), 1);
  };
}

export async function addStore(options: Page, platform: 'shopify' | 'woocommerce', fields: Record<string, string>, baseUrl: string) {
  await options.getByRole('button', { name: 'Add a store' }).click();
  const form = options.getByTestId('store-form');
  await form.getByLabel('Platform').selectOption(platform);
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
  await form.locator('summary', { hasText: 'Advanced' }).click();
  await form.getByLabel('API base URL').fill(baseUrl);
  return form;
}

/** Connects both loopback stores through the options page and switches the demo store off. */
export async function connectBoth(options: Page, shopify: ShopifyServer, woo: WooServer) {
  const shop = await addStore(
    options,
    'shopify',
    { 'Shop domain': shopify.shopDomain, 'Admin API access token': shopify.accessToken },
    shopify.origin,
  );
  await expect(shop.getByTestId('platform-guide')).toContainText('read_orders, read_customers');
  await expect(shop.getByTestId('platform-guide')).toContainText('last 60 days');
  await shop.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(options.getByTestId('stores-status')).toContainText(`Connected Shopify – ${shopify.shopDomain}`);

  const wooForm = await addStore(
    options,
    'woocommerce',
    { 'Store address': 'https://shop.example', 'Consumer key': woo.consumerKey, 'Consumer secret': woo.consumerSecret },
    woo.origin,
  );
  await expect(wooForm.getByTestId('platform-guide')).toContainText('read-only key');
  await wooForm.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(options.getByTestId('stores-status')).toContainText('Connected WooCommerce – shop.example');

  await options.getByLabel(/demo store/i).uncheck();
  await expect(options.getByTestId('demo-row')).toHaveAttribute('data-on', 'false');
  await expect(options.getByTestId('store-row')).toHaveCount(2);
  // Saved keys are never shown again.
  for (const secret of [shopify.accessToken, woo.consumerKey, woo.consumerSecret]) expect(await options.content()).not.toContain(secret);
}
