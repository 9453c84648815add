/**
 * Issue 10, item 1: a supported site's page at a route its adapter does not know (a newer build's)
 * is read by the structural reader and the panel says so in plain words; a route the adapter
 * declares holds no conversation, or an unknown route showing none, stays "no ticket here"; a
 * single-page app moving from such a route to a conversation is announced by the thread watcher.
 * The pages are our own markup (lib/sites/testing/route-pages.ts), served as eBay pages.
 */
import { startFixtureServer, type FixtureServer } from '../servers/fixture-server';
import { CONVERSATION_PAGE, PRODUCT_PAGE } from '../../lib/sites/testing/route-pages';
import { expect, test } from './fixtures';

const CONVERSATION = '/sites/ebay/unknown-route-conversation.html';
const PRODUCT = '/sites/ebay/unknown-route-product.html';
/** `?route=` makes a loopback page stand for that path of the site (lib/sites/fixture-pages.ts). */
const at = (path: string, route: string) => `${pages.origin}${path}?route=${encodeURIComponent(route)}`;

let pages: FixtureServer;
test.beforeAll(async () => {
  pages = await startFixtureServer({ [CONVERSATION]: CONVERSATION_PAGE, [PRODUCT]: PRODUCT_PAGE });
});
test.afterAll(async () => pages.close());

test('a conversation at an eBay route the adapter does not know gives the panel a ticket read by the general reader', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(at(CONVERSATION, '/mesh/ord/messages/7'));
  const panel = await ext.openPanel(page);

  await expect(panel.getByTestId('reading-notice')).toHaveText(
    "eBay's page did not look as expected: read by the general reader, check the customer and message below.",
  );
  await expect(panel.getByTestId('ticket-customer')).toContainText('Priya Nair');
  await expect(panel.getByTestId('latest-message')).toContainText('The crack runs from the rim to the base.');
  await expect(panel.getByTestId('reading-message')).toHaveCount(3);
});

test('a declared route and an unknown route without a conversation hold no ticket; moving to a conversation is announced', async ({
  ext,
}) => {
  const product = await ext.context.newPage();
  await product.goto(at(PRODUCT, '/mesh/itm/1234567'));
  const productPanel = await ext.openPanel(product);
  await expect(productPanel.getByTestId('no-ticket')).toHaveAttribute('data-reason', 'not-a-ticket-page');

  const page = await ext.context.newPage();
  await page.goto(at(CONVERSATION, '/mesh/ord/details'));
  const panel = await ext.openPanel(page);
  await expect(panel.getByTestId('no-ticket')).toHaveAttribute('data-reason', 'not-a-ticket-page');

  // The single-page app opens the messages view: same DOM, a route the adapter does not know.
  await page.evaluate((url) => history.pushState(null, '', url), at(CONVERSATION, '/mesh/ord/messages/7'));
  await expect(panel.getByTestId('ticket-customer')).toContainText('Priya Nair');
  await expect(panel.getByTestId('reading-notice')).toBeVisible();
});
