import type { Page } from '@playwright/test';
import { expect, test, UNKNOWN_CUSTOMER_PAGE } from './fixtures';

const EMMA_THREAD = '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';

test('a customer with no order in the store: the panel says so and still suggests a reply', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}${UNKNOWN_CUSTOMER_PAGE}${EMMA_THREAD}`);
  const panel = await ext.openPanel(page);
  await expect(panel.getByTestId('ticket-customer')).toContainText('Jo Newman');
  await expect(panel.getByTestId('no-orders')).toContainText('No order found');
  // The reply asks for the order number instead of stating facts nobody has.
  const top = panel.getByTestId('suggestion').first();
  await expect(top).toHaveAttribute('data-template', 'starter.order.not-found');
  await expect(top.getByTestId('rendered')).toContainText('Hi Jo');
  await expect(top.locator('mark.gap')).toHaveCount(0);
});

/** Writes a template straight into the extension's IndexedDB, as an edit in the library would. */
async function addTemplate(panel: Page, template: { id: string } & Record<string, unknown>) {
  await panel.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('deskpilot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          // A new library revision with it, as every write through the extension's database makes
          // (lib/templates/library-revision.ts): the panel then ranks the library anew.
          // Templates are stored on shelves (lib/templates/template-shelves.ts): this one on a shelf of its own.
          const tx = open.result.transaction(['templateShelves', 'libraryRevision'], 'readwrite');
          tx.objectStore('templateShelves').put({ key: `own-${record.id}`, packId: '', ids: [record.id], templates: [record] });
          tx.objectStore('libraryRevision').put({ key: 'templates', token: crypto.randomUUID() });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    template,
  );
}

test('a template with a Liquid error is shown with its error; the others still work', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', '2026-11-24-app.html', EMMA_THREAD));
  let panel = await ext.openPanel(page);
  await expect(panel.getByTestId('suggestion').first()).toBeVisible();
  await addTemplate(panel, {
    id: 'team.broken',
    title: 'Broken team reply',
    body: 'Hi {{ customer.first_name }, your order {% if order.number %}is on its way.',
    intents: ['where_is_my_order'],
    language: 'en',
    sites: [],
    tags: [],
    locallyModified: true,
    updatedAt: '2026-11-24T00:00:00Z',
    usageCount: 10_000,
  });
  await panel.close();
  panel = await ext.openPanel(page);
  const broken = panel.locator('[data-testid=suggestion][data-template="team.broken"]');
  await expect(broken.getByRole('alert')).toContainText('has an error');
  await expect(broken.getByRole('button', { name: 'Insert', exact: true })).toHaveCount(0);
  const working = panel.locator('[data-testid=suggestion]:not([data-template="team.broken"])').first();
  await expect(working.getByTestId('rendered')).toContainText('1ZA4W68F0386133239');
});
