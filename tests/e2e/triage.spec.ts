import { expect, test } from './fixtures';
import { startFixtureServer, type FixtureServer } from '../servers/fixture-server';
import { ASK_THEN_DAMAGE, INBOX_LIST, TWO_REQUESTS_THREAD, triagePages, WAITING_PAGE } from './triage-pages';

let shifted: FixtureServer;
test.beforeAll(async () => {
  shifted = await startFixtureServer(triagePages());
});
test.afterAll(async () => shifted.close());

test('a Seller Central ticket 30 hours old is past Amazon’s 24 hours and urgent, with its reasons', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(`${shifted.origin}${WAITING_PAGE}`);
  const panel = await ext.openPanel(page);
  const triage = panel.getByTestId('triage');
  await expect(triage.getByTestId('triage-waiting')).toHaveText(/^Waiting 30 hours — past Amazon's 24-hour rule by 6 hours$/);
  await expect(triage.getByTestId('triage-priority')).toHaveText('Urgent');
  await expect(triage.locator('[data-testid=triage-reasons] li[data-reason=sla_breach]')).toHaveText('waiting past the response target');
  await expect(triage.getByTestId('triage-tags')).toContainText('sla-breach');
  // Seller Central has no tags field: Copy only, nothing to apply.
  await expect(triage.getByRole('button', { name: 'Apply tags' })).toHaveCount(0);
  await expect(triage.getByRole('button', { name: 'Copy tags' })).toBeVisible();
});

test('a damage reported second is named among the reasons, numbered as its suggestion group, and tagged', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(`${shifted.origin}${ASK_THEN_DAMAGE}${TWO_REQUESTS_THREAD}`);
  const panel = await ext.openPanel(page);
  const triage = panel.getByTestId('triage');
  const raised = triage.locator('[data-testid=triage-reasons] li[data-reason=problem_request]');
  await expect(raised).toHaveAttribute('data-intent', 'damaged_item');
  await expect(raised).toHaveText(/^request [2-9] \(damaged item\) reports a problem with an order$/);
  const number = Number((await raised.textContent())?.match(/\d+/)?.[0]);
  await expect(panel.getByTestId('suggestion-group').nth(number - 1)).toHaveAttribute('data-intent', 'damaged_item');
  await expect(triage.getByTestId('triage-tags')).toContainText('damaged-item');
});

test('Apply tags on Zendesk types the suggested tags into the page’s own Tags field', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('zendesk', '2026-12-04-tags-field.html'));
  const panel = await ext.openPanel(page);
  const triage = panel.getByTestId('triage');
  await expect(triage.locator('[data-testid=triage-tags] li').first()).toBeVisible();
  const suggested = (await triage.locator('[data-testid=triage-tags] li').allInnerTexts()).map((t) => t.trim());
  expect(suggested.length).toBeGreaterThan(0);
  const field = page.locator(
    '[data-test-id="ticket-system-field-tags-multiselect"] [data-test-id="ticket-system-field-tags-item-selected"]',
  );
  await expect(field).toHaveCount(2);

  await triage.getByRole('button', { name: 'Apply tags' }).click();
  await expect(triage.getByRole('status')).toContainText('Submit the ticket to save them');
  const shown = (await field.allInnerTexts()).map((t) => t.replace('×', '').trim());
  expect(shown).toEqual(['shipping', 'ups', ...suggested.filter((t) => t !== 'shipping' && t !== 'ups')]);
});

test('Apply tags on Freshdesk types the suggested tags into the ticket’s Tags picker; nothing is saved', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('freshdesk', '2026-12-04-tags-field.html'));
  const panel = await ext.openPanel(page);
  const triage = panel.getByTestId('triage');
  await expect(triage.locator('[data-testid=triage-tags] li').first()).toBeVisible();
  const suggested = (await triage.locator('[data-testid=triage-tags] li').allInnerTexts()).map((t) => t.trim());
  const field = page.locator('[data-test-id="ticket-properties-tags"] .ember-power-select-multiple-option');
  await expect(field).toHaveCount(1);

  await triage.getByRole('button', { name: 'Apply tags' }).click();
  await expect(triage.getByRole('status')).toContainText('Click Update to save them');
  const shown = (await field.allInnerTexts()).map((t) => t.replace('×', '').trim());
  expect(shown).toEqual(['exchange', ...suggested.filter((t) => t !== 'exchange')]);
  // Typed into the picker only: the agent's Update click saves the ticket.
  await expect(page.getByRole('button', { name: 'Update' })).toBeEnabled();
});

test('the Queue on the Gmail inbox lists its conversations in priority order and opens one', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(`${shifted.origin}${INBOX_LIST}#inbox`);
  const panel = await ext.openPanel(page);
  await panel.getByRole('button', { name: 'Queue' }).click();
  const rows = panel.getByTestId('queue-row');
  await expect(rows).toHaveCount(5);
  expect(await panel.getByTestId('queue-customer').allInnerTexts()).toEqual([
    'Olivia Chen',
    'Emma Schneider',
    "Liam O'Connor",
    'Mateo Rossi',
    'Noah Fischer',
  ]);
  expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-priority')))).toEqual([
    'urgent',
    'high',
    'normal',
    'low',
    'low',
  ]);
  await expect(rows.nth(1)).toContainText('waiting 27 hours');

  await rows.nth(1).click();
  await expect(page).toHaveURL(/#inbox\/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN$/);
  await expect(page.locator('h2.hP')).toHaveText('Where is my order #1047?');
  await expect(panel.getByTestId('ticket-customer')).toContainText('Emma Schneider');
});
