/**
 * A BigCommerce store connected in the options page (loopback server, real wire format), then a
 * Gmail ticket about the customer's order: the panel's first answer costs one request (the order
 * list with its line items embedded), and the open order's parcels are read on open and fill the reply.
 */
import type { Page } from '@playwright/test';
import { startBigCommerceServer, type BigCommerceServer } from '../servers/bigcommerce-server';
import { expect, test } from './fixtures';

const EMMA = 'emma.schneider@example.com';
const EMMA_THREAD = '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
const TRACKING = '1Z999AA10123456784';

let bigCommerce: BigCommerceServer;
test.beforeAll(async () => {
  // Emma's #1047: fixture order #1042 (shipped with UPS), renumbered and billed to her.
  bigCommerce = await startBigCommerceServer({
    seed: (tables) => {
      const order = structuredClone(tables.orders.find((row) => row.id === 1042)!);
      Object.assign(order, { id: 1047, date_created: 'Wed, 18 Nov 2026 09:30:00 +0000' });
      Object.assign(order.billing_address, { first_name: 'Emma', last_name: 'Schneider', email: EMMA });
      tables.orders.push(order);
      for (const table of [tables.products, tables.shipments, tables.shipping_addresses]) {
        for (const row of table.filter((candidate) => candidate.order_id === 1042)) table.push({ ...structuredClone(row), order_id: 1047 });
      }
    },
  });
});
test.afterAll(() => bigCommerce.close());

async function connect(options: Page) {
  await options.getByRole('button', { name: 'Add a store' }).click();
  const form = options.getByTestId('store-form');
  await form.getByLabel('Platform').selectOption('bigcommerce');
  await form.getByLabel('Store hash').fill(bigCommerce.storeHash);
  await form.getByLabel('Access token').fill(bigCommerce.accessToken);
  await form.locator('summary', { hasText: 'Advanced' }).click();
  await form.getByLabel('API base URL').fill(bigCommerce.origin);
  await form.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(options.getByTestId('stores-status')).toContainText('Connected BigCommerce');
  await options.getByLabel(/demo store/i).uncheck();
  await expect(options.getByTestId('demo-row')).toHaveAttribute('data-on', 'false');
}

test('a BigCommerce ticket costs one request, and the open order’s parcel is read on open and fills the reply', async ({ ext, server }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await connect(options);
  bigCommerce.requests.length = 0;

  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', '2026-11-24-app.html', EMMA_THREAD));
  const panel = await ext.openPanel(page);

  const chosen = panel.locator('[data-testid=order-card][data-order="#1047"]');
  await expect(chosen).toContainText('Beeswax Candle Set (3)');
  await expect(chosen.getByTestId('tracking')).toContainText(TRACKING);
  await expect(chosen.getByTestId('order-details-loading')).toHaveCount(0);
  const top = panel.getByTestId('suggestion').first();
  await expect(top.getByTestId('rendered')).toContainText(TRACKING);

  // One call for the ticket (the customer's orders with their items), one for the open order's shipments.
  const path = `/stores/${bigCommerce.storeHash}/v2/orders`;
  expect(bigCommerce.requests.filter((request) => request.startsWith(`${path}?`))).toHaveLength(1);
  expect(bigCommerce.requests.filter((request) => request.startsWith(`${path}?`))[0]).toContain('include=consignments.line_items');
  expect(bigCommerce.requests.filter((request) => !request.startsWith(`${path}?`))).toEqual([`${path}/1047/shipments?limit=250`]);
});
