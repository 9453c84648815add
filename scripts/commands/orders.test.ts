// @vitest-environment node
// Node's own fetch against the loopback stores, as `npm run -s cli -- orders` uses it.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { OrderSchema } from '@/lib/schemas/order';
import { startShopifyServer, type ShopifyServer } from '@/tests/servers/shopify-server';
import { startWooServer, type WooServer } from '@/tests/servers/woocommerce-server';
import { captureOutput } from './testing/capture-output';
import { runOrders } from './orders';

const dir = mkdtempSync(join(tmpdir(), 'deskpilot-orders-'));
let shopify: ShopifyServer;
let woo: WooServer;

function storeFile(name: string, connection: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof connection === 'string' ? connection : JSON.stringify(connection));
  return path;
}

beforeAll(async () => {
  [shopify, woo] = await Promise.all([startShopifyServer(), startWooServer()]);
});
afterAll(() => Promise.all([shopify.close(), woo.close()]));
afterEach(() => {
  vi.restoreAllMocks();
  shopify.faults.clear();
});

const shopifyStore = () =>
  storeFile('shopify.json', {
    platform: 'shopify',
    shopDomain: shopify.shopDomain,
    accessToken: shopify.accessToken,
    baseUrl: shopify.origin,
  });

describe('orders command', () => {
  it('prints a Shopify customer’s orders as a JSON array of Order', async () => {
    const output = captureOutput();
    expect(await runOrders(['--store', shopifyStore(), '--email', 'hannah.weber@example.com'])).toBe(0);
    const orders = JSON.parse(output.out()) as unknown[];
    expect(orders.map((o) => OrderSchema.parse(o).number)).toEqual(['#1019', '#1012', '#1001']);
    expect(output.err()).toBe('');
  });

  it('finds WooCommerce orders by several --order refs', async () => {
    const store = storeFile('woo.json', {
      platform: 'woocommerce',
      url: 'https://shop.example',
      consumerKey: woo.consumerKey,
      consumerSecret: woo.consumerSecret,
      baseUrl: woo.origin,
    });
    const output = captureOutput();
    expect(await runOrders(['--store', store, '--order', '#2041', '--order', 'NW-5001'])).toBe(0);
    expect((JSON.parse(output.out()) as { number: string }[]).map((o) => o.number)).toEqual(['#2041', 'NW-5001']);
  });

  it('serves the demo store with no account', async () => {
    const output = captureOutput();
    expect(await runOrders(['--store', storeFile('demo.json', { platform: 'demo' }), '--order', '1047'])).toBe(0);
    expect(JSON.parse(output.out())).toHaveLength(1);
  });

  it('exits 1 with the failure kind and message on stderr, without the token', async () => {
    shopify.faults.set({ kind: 'status', status: 401 });
    const output = captureOutput();
    expect(await runOrders(['--store', shopifyStore(), '--email', 'hannah.weber@example.com'])).toBe(1);
    expect(output.err()).toMatch(/^auth: Shopify rejected the access token/);
    expect(output.err()).not.toContain(shopify.accessToken);
    expect(output.out()).toBe('');
  });

  it.each([
    ['not JSON', '{"platform":', /^orders: .*bad\.json is not JSON/],
    ['an unknown platform', { platform: 'magento' }, /^config: .* is not a store connection \(platform\)/],
    [
      'a bad domain',
      { platform: 'shopify', shopDomain: 'acme.com', accessToken: 'shpat_do_not_print' },
      /^config: .*\(shopDomain\): must look like acme\.myshopify\.com/,
    ],
  ])('explains a store file that is %s', async (_, content, message) => {
    const output = captureOutput();
    expect(await runOrders(['--store', storeFile('bad.json', content), '--email', 'a@example.com'])).toBe(1);
    expect(output.err()).toMatch(message);
    expect(output.err()).not.toContain('shpat_do_not_print');
  });

  it.each([[['--email', 'a@example.com']], [['--store', 'x.json']], [['--store', 'x.json', '--email', 'a@b.c', '--timeout', '0']]])(
    'prints the usage for %j',
    async (args) => {
      const output = captureOutput();
      expect(await runOrders(args)).toBe(2);
      expect(output.err()).toMatch(/^usage: orders/);
    },
  );

  it('runs from the terminal: npm run -s cli -- orders', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/cli.ts',
      'orders',
      '--store',
      shopifyStore(),
      '--order',
      '1015',
    ]);
    expect((JSON.parse(stdout) as { number: string }[]).map((o) => o.number)).toEqual(['#1015']);
    shopify.faults.set({ kind: 'status', status: 404 });
    const failed = await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/cli.ts',
      'orders',
      '--store',
      shopifyStore(),
      '--order',
      '1015',
    ]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringMatching(/^not_found: Shopify has no Admin API/) });
  });
});
