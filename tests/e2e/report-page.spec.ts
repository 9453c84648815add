import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { PANEL_NOW } from '../harness/chromium';

test('"Report a page read wrong" downloads a redacted fixture and its expected ticket, with none of the customer\'s strings', async ({
  ext,
  server,
}) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('zendesk', '2026-11-24-busy-page.html'));
  const panel = await ext.openPanel(page);
  await expect(panel.getByTestId('ticket-customer')).toContainText('Emma Schneider');

  const downloads: Array<{ name: string; contents: string }> = [];
  panel.on('download', async (download) => {
    downloads.push({ name: download.suggestedFilename(), contents: await readFile((await download.path())!, 'utf8') });
  });
  await panel.getByRole('button', { name: 'Report a page read wrong' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'names, addresses and numbers are replaced' })).toBeVisible();
  await expect.poll(() => downloads.length).toBe(2);

  // The panel names the files by its own day (fixed for the tests: PANEL_NOW).
  const today = PANEL_NOW.toISOString().slice(0, 10);
  expect(downloads.map((file) => file.name).sort()).toEqual([
    `${today}-zendesk-read-wrong.expected.json`,
    `${today}-zendesk-read-wrong.html`,
  ]);
  for (const { contents } of downloads) {
    for (const secret of [
      'Emma Schneider',
      'emma.schneider@example.com',
      '1047',
      'Merino Wool Throw',
      'Where is my package',
      'Ava Lindgren',
    ])
      expect(contents).not.toContain(secret);
  }
  const html = downloads.find((file) => file.name.endsWith('.html'))!.contents;
  expect(html).toContain('data-test-id="omni-log-comment-item"');
  expect(html).not.toMatch(/<script/i);
  const expected = JSON.parse(downloads.find((file) => file.name.endsWith('.json'))!.contents);
  expect(expected.roles).toEqual(['customer', 'agent', 'agent', 'customer']);
  expect(expected.readBy).toMatchObject({ site: 'zendesk', correctedByAgent: false });
});
