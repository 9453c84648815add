/**
 * Connecting real stores in the options page (loopback Shopify and WooCommerce, reached through
 * "Advanced: API base URL"), then a Gmail ticket whose customer has orders in both. The e2e build
 * already holds the loopback origins, so the permission request resolves without a prompt.
 */
import type { Page } from '@playwright/test';
import { SHOPIFY_FIXTURE_ORDERS, startShopifyServer, type ShopifyServer } from '../servers/shopify-server';
import { WOO_FIXTURE_ORDERS, startWooServer, type WooServer } from '../servers/woocommerce-server';
import { expect, test } from './fixtures';

const EMMA = 'emma.schneider@example.com';
const EMMA_THREAD = '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
const TRACKING = '1Z999AA10123456784';
/** Shopify gives no URL for this parcel: the panel builds UPS's own tracking link. */
const TRACKING_LINK = `https://www.ups.com/track?tracknum=${TRACKING}`;

type Json = Record<string, any>; // fixture rows in the platforms' wire shapes

/** Emma's #1047 on the Shopify store (in transit with UPS) and a newer order on the WooCommerce one. */
function seedEmma(): () => void {
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

let shopify: ShopifyServer;
let woo: WooServer;
let unseed: () => void;
test.beforeAll(async () => {
  [shopify, woo] = await Promise.all([startShopifyServer(), startWooServer()]);
  unseed = seedEmma();
});
test.afterAll(async () => {
  unseed();
  await Promise.all([shopify.close(), woo.close()]);
});
test.beforeEach(() => {
  shopify.faults.clear();
  woo.faults.clear();
});

async function addStore(options: Page, platform: 'shopify' | 'woocommerce', fields: Record<string, string>, baseUrl: string) {
  await options.getByRole('button', { name: 'Add a store' }).click();
  const form = options.getByTestId('store-form');
  await form.getByLabel('Platform').selectOption(platform);
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
  await form.locator('summary', { hasText: 'Advanced' }).click();
  await form.getByLabel('API base URL').fill(baseUrl);
  return form;
}

/** Connects both loopback stores through the options page and switches the demo store off. */
async function connectBoth(options: Page) {
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

async function openOptions(ext: { context: { newPage(): Promise<Page> }; extensionId: string }) {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  return options;
}

test('connects Shopify and WooCommerce, then a Gmail ticket shows both stores’ orders and inserts the tracking reply', async ({
  ext,
  server,
}) => {
  const options = await openOptions(ext);
  await connectBoth(options);

  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', '2026-11-24-app.html', EMMA_THREAD));
  const panel = await ext.openPanel(page);

  const chosen = panel.locator('[data-testid=order-card][data-order="#1047"]');
  await expect(chosen).toContainText(TRACKING);
  await expect(chosen).toContainText(`Shopify – ${shopify.shopDomain}`);
  await expect(panel.locator('.order-folded summary', { hasText: '2099' })).toContainText('WooCommerce – shop.example');
  await expect(panel.getByTestId('store-error')).toHaveCount(0);
  // The demo store is off: its own #1047 (another tracking number) is not shown.
  await expect(panel.getByTestId('orders')).not.toContainText('Northwind');

  const top = panel.getByTestId('suggestion').first();
  await expect(top.getByTestId('rendered')).toContainText(TRACKING_LINK);
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');
  const editor = page.locator('div.M9 [contenteditable=true]');
  await expect(editor).toContainText(TRACKING);
  await expect(editor).toContainText(TRACKING_LINK);
});

test('a store answering 401 gets its own card while the other store’s orders still show; a 429 is asked again after Retry-After', async ({
  ext,
  server,
}) => {
  const options = await openOptions(ext);
  await connectBoth(options);

  woo.faults.set({ kind: 'status', status: 401 });
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', '2026-11-24-app.html', EMMA_THREAD));
  let panel = await ext.openPanel(page);
  const wooCard = panel.locator('[data-testid=store-error][data-store=woocommerce-shop-example]');
  await expect(wooCard).toHaveAttribute('data-kind', 'auth');
  await expect(wooCard).toContainText('Sign-in rejected');
  await expect(wooCard).toContainText('rejected the consumer key and secret');
  await expect(panel.locator('[data-testid=order-card][data-order="#1047"]')).toContainText(TRACKING);
  await expect(panel.getByTestId('suggestion').first()).toBeVisible();

  woo.faults.set({ kind: 'rate_limited', retryAfterSeconds: 3 }, 3);
  await panel.close();
  panel = await ext.openPanel(page);
  const limited = panel.locator('[data-testid=store-error][data-store=woocommerce-shop-example]');
  await expect(limited).toHaveAttribute('data-kind', 'rate_limited');
  await expect(limited).toContainText('Try again in 3 s');
  await expect(panel.locator('[data-testid=order-card][data-order="#1047"]')).toBeVisible();
  // After Retry-After the panel asks again by itself, and the WooCommerce order arrives.
  await expect(panel.locator('.order-folded summary', { hasText: '2099' })).toBeVisible({ timeout: 15_000 });
  await expect(panel.getByTestId('store-error')).toHaveCount(0);
});

test('Test connection (run by the background) says it works, or what is wrong: bad token, missing scope, wrong address', async ({
  ext,
}) => {
  const options = await openOptions(ext);
  const form = await addStore(
    options,
    'shopify',
    { 'Shop domain': shopify.shopDomain, 'Admin API access token': shopify.accessToken },
    shopify.origin,
  );
  const verdict = form.getByTestId('connection-verdict');
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(verdict).toHaveAttribute('data-ok', 'true');
  await expect(verdict).toContainText('orders can be read');
  await expect(verdict).toContainText('last 60 days');

  await form.getByLabel('Admin API access token').fill('shpat_not_the_token');
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(verdict).toHaveAttribute('data-kind', 'auth');
  await expect(verdict).not.toContainText('shpat_not_the_token');

  await form.getByLabel('Admin API access token').fill(shopify.accessToken);
  shopify.scopes.delete('read_customers');
  try {
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expect(verdict).toHaveAttribute('data-kind', 'permission');
    await expect(verdict).toContainText('read_customers');
  } finally {
    shopify.scopes.add('read_customers');
  }

  shopify.faults.set({ kind: 'status', status: 404 });
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(verdict).toHaveAttribute('data-kind', 'not_found');
  await expect(options.getByTestId('store-row')).toHaveCount(0);
});
