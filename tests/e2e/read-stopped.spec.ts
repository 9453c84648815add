/**
 * Issue 10: a read the page-read budget stops says so in the panel ("Stopped after 1 message…") and
 * keeps the newest message. No page is slow on every machine, so this test page sets its own budget
 * (`?read-budget-ms=-1`, honoured by test builds on loopback only: lib/sites/fixture-pages.ts), over
 * which every profile read is after its newest message.
 */
import { expect, test } from './fixtures';

const RENAMED = '2026-12-04-renamed-containers.html';
const PROFILE_PACK = 'tests/fixtures/packs/2026-12-04-zendesk-profile.pack.json';

test('a profile read stopped by the page-read budget says so and keeps the newest message', async ({ ext, server }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByTestId('pack-import').getByLabel('Pack file (.json)').setInputFiles(PROFILE_PACK);
  await expect(options.getByTestId('pack-import-status')).toContainText('Imported');

  const page = await ext.context.newPage();
  await page.goto(`${server.pageUrl('zendesk', RENAMED)}?read-budget-ms=-1`);
  const panel = await ext.openPanel(page);
  await expect(panel.getByTestId('ticket-card')).toContainText("with your team's site profile");
  await expect(panel.getByTestId('read-stopped')).toHaveText('Stopped after 1 message: the page is large; check the latest message.');
  await expect(panel.getByTestId('latest-message')).toContainText('Hi Jonas, customs have now sent me a letter');

  // The same page at the engine's own budget reads every message, with no notice.
  await page.goto(server.pageUrl('zendesk', RENAMED));
  await panel.reload();
  await expect(panel.getByTestId('ticket-card')).toContainText("with your team's site profile");
  await expect(panel.getByTestId('read-stopped')).toHaveCount(0);
});
