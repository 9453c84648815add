/**
 * Reports end to end: inserts made in the panel on fixture pages (a template as offered, an edited
 * one, another inbox) appear on the Reports page, and the CSV it downloads says the same.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { formatDuration } from '../../components/reports/report-text';
import { percentile } from '../../lib/reports/percentile';
import { PANEL_NOW, type ExtensionBrowser } from '../harness/chromium';
import { expect, test } from './fixtures';

const EMMA_THREAD = '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
const LIAM_THREAD = '#inbox/FMfcgzQbgRcvWmTpLxNsKjHdZqYwFbGt';
const GMAIL_APP = '2026-11-24-app.html';
const EDITED_REPLY = 'Hi Liam, sorry about the wrong size. The right one is on its way to you.';

test.describe.configure({ timeout: 180_000 });

async function openReports(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.clock.setFixedTime(PANEL_NOW);
  await page.goto(`chrome-extension://${ext.extensionId}/reports.html`);
  return page;
}

/** Inserts the panel's top suggestion as offered; returns its template id. */
async function insertTop(panel: Page): Promise<string> {
  const top = panel.getByTestId('suggestion').first();
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');
  return (await top.getAttribute('data-template'))!;
}

type CsvRow = Record<string, string>;

test('inserts made in the panel show on the Reports page, and its CSV matches', async ({ ext, server }) => {
  // 1. Gmail, Emma: the top template as offered.
  const gmail = await ext.context.newPage();
  await gmail.goto(server.pageUrl('gmail', GMAIL_APP, EMMA_THREAD));
  const panel = await ext.openPanel(gmail);
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Where is my order #1047?');
  const emmaTemplate = await insertTop(panel);

  // 2. Gmail, Liam: the top template, edited before insert.
  await gmail.evaluate((hash) => (location.hash = hash), LIAM_THREAD);
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Wrong size received – order #1052');
  const liamCard = panel.getByTestId('suggestion').first();
  const liamTemplate = (await liamCard.getAttribute('data-template'))!;
  await liamCard.getByRole('button', { name: 'Edit' }).click();
  await liamCard.getByRole('textbox', { name: 'Edit the reply before inserting' }).fill(EDITED_REPLY);
  await liamCard.getByRole('button', { name: 'Insert edited reply' }).click();
  const confirm = liamCard.getByRole('alertdialog', { name: 'Insert anyway?' });
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Insert anyway' }).click();
  await expect(liamCard.getByRole('status')).toContainText('Inserted');

  // 3. Seller Central: another inbox.
  const amazon = await ext.context.newPage();
  await amazon.goto(server.pageUrl('amazon-seller-central', '2026-11-24-app.html'));
  const amazonPanel = await ext.openPanel(amazon);
  await expect(amazonPanel.getByTestId('ticket-customer')).toContainText('Sophie Martin');
  const amazonTemplate = await insertTop(amazonPanel);

  // The Reports page, default range: the last 7 days up to the panel's day.
  const reports = await openReports(ext);
  await expect(reports.getByRole('heading', { name: 'Deskpilot reports' })).toBeVisible();
  await expect(reports.getByTestId('tile-tickets-value')).toHaveText('3');
  await expect(reports.getByTestId('tile-inserts-value')).toHaveText('3');
  await expect(reports.getByTestId('tile-edited-value')).toHaveText('33%');
  await expect(reports.locator('[data-testid=breakdown-source] [data-source=template] dd')).toHaveText('3');
  await expect(reports.locator('[data-testid=breakdown-source] [data-source=fromScratch] dd')).toHaveText('0');
  await expect(reports.locator('[data-testid=breakdown-site] tr[data-key=gmail] [data-testid=inserts]')).toHaveText('2');
  await expect(reports.locator('[data-testid=breakdown-site] tr[data-key=amazon-seller-central] [data-testid=inserts]')).toHaveText('1');
  for (const id of new Set([emmaTemplate, liamTemplate, amazonTemplate])) {
    const expected = [emmaTemplate, liamTemplate, amazonTemplate].filter((t) => t === id).length;
    await expect(reports.locator(`[data-testid=breakdown-template] tr[data-key="${id}"] [data-testid=inserts]`)).toHaveText(
      String(expected),
    );
    await expect(reports.locator(`[data-testid=never-used] li[data-template="${id}"]`)).toHaveCount(0);
  }
  await expect(reports.getByTestId('saved-note')).toContainText('200 characters a minute');
  await expect(reports.locator('canvas[role=img]').first()).toBeVisible();

  // The CSV: one row per event; its inserts are the ones the page counts.
  const downloading = reports.waitForEvent('download');
  await reports.getByTestId('export-csv').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('deskpilot-usage-2026-11-18-to-2026-11-24.csv');
  const csv = Papa.parse<CsvRow>(await readFile((await download.path())!, 'utf8'), { header: true, skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  const inserts = csv.data.filter((row) => row.kind === 'reply_inserted');
  // The panels' clocks stand still (PANEL_NOW), so the three share one time: compare as a set.
  expect(inserts.map((row) => [row.site, row.template_id, row.edited].join(' ')).sort()).toEqual(
    [`gmail ${emmaTemplate} false`, `gmail ${liamTemplate} true`, `amazon-seller-central ${amazonTemplate} false`].sort(),
  );
  expect(new Set(csv.data.filter((row) => row.kind === 'ticket_seen').map((row) => row.site))).toEqual(
    new Set(['gmail', 'amazon-seller-central']),
  );
  const characters = inserts.reduce((sum, row) => sum + Number(row.characters), 0);
  await expect(reports.getByTestId('saved-note')).toContainText(`${characters.toLocaleString('en')} characters inserted`);
  expect(inserts.find((row) => row.edited === 'true')?.characters).toBe(String(EDITED_REPLY.length));

  // Time to reply: the page's median and p90 are those of the CSV's reply times (one insert per ticket here).
  const replySeconds = inserts.filter((row) => row.time_to_reply_seconds !== '').map((row) => Number(row.time_to_reply_seconds) * 1000);
  expect(replySeconds.length).toBeGreaterThan(0);
  await expect(reports.getByTestId('tile-median-value')).toHaveText(formatDuration(percentile(replySeconds, 0.5)));
  await expect(reports.getByTestId('tile-p90-value')).toHaveText(formatDuration(percentile(replySeconds, 0.9)));

  // A range before the inserts shows none of them.
  await reports.getByTestId('range-to').fill('2026-11-20');
  await expect(reports.getByTestId('tile-inserts-value')).toHaveText('0');
  await expect(reports.getByTestId('report-empty')).toBeVisible();
});

test('the Reports page is keyboard reachable and passes axe in light and dark', async ({ ext }) => {
  const reports = await openReports(ext);
  await expect(reports.getByTestId('tile-inserts-value')).toHaveText('0');
  // Tab from the top reaches the range, the presets and the exports.
  const reached = new Set<string>();
  for (let i = 0; i < 40 && !reached.has('export-csv'); i++) {
    await reports.keyboard.press('Tab');
    reached.add(
      await reports.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.textContent ?? ''),
    );
  }
  expect([...reached]).toEqual(expect.arrayContaining(['range-from', 'range-to', 'Last 30 days', 'typing-speed', 'export-csv']));
  await reports.keyboard.press('Shift+Tab');
  for (const colorScheme of ['light', 'dark'] as const) {
    await reports.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page: reports }).setLegacyMode().analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${colorScheme}: ${v.id}`);
    expect(serious).toEqual([]);
  }
});

test('a team export that is not a usage file is refused with the file and the field', async ({ ext }) => {
  const reports = await openReports(ext);
  await reports.getByTestId('open-export').setInputFiles({
    name: 'ana.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'deskpilot.usage/v1', exportedAt: 'yesterday' })),
  });
  await expect(reports.getByTestId('open-export-error')).toContainText('ana.json is not a Deskpilot usage export: at exportedAt');
  await reports.getByTestId('open-export').setInputFiles('tests/fixtures/cli/usage-ana.json');
  await expect(reports.getByTestId('showing-file')).toContainText('usage-ana.json');
  await expect(reports.getByTestId('tile-inserts-value')).not.toHaveText('0');
});
