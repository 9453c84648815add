import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtensionBrowser } from '../../tests/harness/chromium';
import type { FixtureServer } from '../../tests/servers/fixture-server';
import type { DemoTicket } from './tickets';
import { sideBySide } from './side-by-side';
import { translator } from '@/lib/i18n/translator';

/** Side panel width in Chrome's default layout. */
const PANEL_SIZE = { width: 420, height: 900 };

/**
 * Headless walk through one ticket: the panel reads it, shows the order and suggestions, the top
 * suggestion is inserted, and screenshots of page and panel are written to `outDir`.
 */
export async function walkTicket(ext: ExtensionBrowser, server: FixtureServer, ticket: DemoTicket, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const { t } = translator(ticket.uiLanguage ?? 'en');
  await chooseUiLanguage(ext, ticket.uiLanguage ?? 'auto');
  const page = await ext.context.newPage();
  // The page's part of a 1,520-pixel window whose side panel is open (420 pixels).
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(server.pageUrl(ticket.site, ticket.file, ticket.hash));
  const panel = await ext.openPanel(page);
  await panel.setViewportSize(PANEL_SIZE);
  if (ticket.colorScheme) await panel.emulateMedia({ colorScheme: ticket.colorScheme });
  await panel.getByTestId('suggestion').first().waitFor({ timeout: 15_000 });
  await panel.getByTestId('order-card').first().waitFor({ timeout: 15_000 });

  const files = {
    page: join(outDir, `${ticket.name}-page.png`),
    panel: join(outDir, `${ticket.name}-panel.png`),
    inserted: join(outDir, `${ticket.name}-inserted.png`),
    composed: join(outDir, `${ticket.name}-side-by-side.png`),
  };
  await page.screenshot({ path: files.page });
  await panel.screenshot({ path: files.panel, fullPage: true });

  await panel.getByRole('button', { name: t('suggestion.insert'), exact: true }).first().click();
  await panel.getByText(t('insert.done')).first().waitFor({ timeout: 10_000 });
  await page.bringToFront();
  await page.screenshot({ path: files.inserted });
  // The composed picture shows the panel as the agent sees it after the click: the ticket and order
  // above, the inserted suggestion with its Insert button in view.
  await panel.evaluate(() => window.scrollTo(0, 0));
  await panel.getByRole('button', { name: t('suggestion.insert'), exact: true }).first().evaluate((button) => {
    const bottom = button.getBoundingClientRect().bottom + 16;
    if (bottom > window.innerHeight) window.scrollBy(0, bottom - window.innerHeight);
  });
  const panelAfter = await panel.screenshot();
  await writeFile(files.composed, await sideBySide(ext, await page.screenshot(), panelAfter, ticket.colorScheme));
  await page.close();
  await panel.close();
  return Object.values(files);
}

/** Settings → Language, as the agent would set it: written where the extension keeps it (lib/settings.ts). */
async function chooseUiLanguage(ext: ExtensionBrowser, choice: string): Promise<void> {
  const worker = ext.context.serviceWorkers().find((w) => w.url().includes(ext.extensionId));
  await worker?.evaluate((value) => chrome.storage.local.set({ uiLanguage: value }), choice);
}
