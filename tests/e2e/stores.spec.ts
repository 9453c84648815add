/**
 * Connecting real stores in the options page (loopback Shopify and WooCommerce, reached through
 * "Advanced: API base URL"), then a Gmail ticket whose customer has orders in both. The e2e build
 * already holds the loopback origins, so the permission request resolves without a prompt.
 */
import type { Page } from '@playwright/test';
import { startShopifyServer, type ShopifyServer } from '../servers/shopify-server';
import { startWooServer, type WooServer } from '../servers/woocommerce-server';
import { expect, test } from './fixtures';
import { addStore, connectBoth, EMMA_THREAD, seedEmma, TRACKING, TRACKING_LINK } from './store-steps';

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
  await connectBoth(options, shopify, woo);

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
  await connectBoth(options, shopify, woo);

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
