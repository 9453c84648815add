import { test as base, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../harness/chromium';
import { startFixtureServer, type FixtureServer } from '../servers/fixture-server';

import { readFileSync } from 'node:fs';

/** A fixture page whose DOM no adapter understands: the "page layout changed" case. */
export const CHANGED_GMAIL_PAGE = '/sites/gmail/changed-layout.html';

/** Emma's thread written by a customer the demo store has never seen, about an order it lacks. */
export const UNKNOWN_CUSTOMER_PAGE = '/sites/gmail/unknown-customer.html';
const unknownCustomerPage = () =>
  readFileSync('tests/fixtures/sites/gmail/2026-11-24-quoted-history.html', 'utf8')
    .replaceAll('emma.schneider@example.com', 'jo.newman@example.org')
    .replaceAll('Emma Schneider', 'Jo Newman')
    .replaceAll('#1047', '#9999');

export const test = base.extend<{ ext: ExtensionBrowser }, { server: FixtureServer }>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer({
        [CHANGED_GMAIL_PAGE]: '<!doctype html><title>Inbox</title><div id="app"><p>Loading a redesigned inbox…</p></div>',
        [UNKNOWN_CUSTOMER_PAGE]: unknownCustomerPage(),
      });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({}, use) => {
    const ext = await launchWithExtension();
    await use(ext);
    await ext.close();
  },
});

export { expect } from '@playwright/test';

/** Counts the input events the page's own listeners see, so a test can tell typed-like input happened. */
export async function recordInputEvents(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    (window as unknown as { __inputs: number }).__inputs = 0;
    document.addEventListener('input', () => (window as unknown as { __inputs: number }).__inputs++, true);
  });
  return () => page.evaluate(() => (window as unknown as { __inputs: number }).__inputs);
}
