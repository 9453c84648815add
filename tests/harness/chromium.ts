/**
 * Starts Chromium with the built extension loaded (recipe in ../shared/TOOLCHAIN.md).
 * CHROMIUM_PATH overrides the browser, e.g. Chrome for Testing or Playwright's own Chromium.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_BUILD = fileURLToPath(new URL('../../.output/chrome-mv3-e2e', import.meta.url));

/**
 * The panel's clock in every end-to-end test: the day the demo store and the fixture pages are
 * dated around, so what the panel shows (a parcel late or not, how long a customer has waited)
 * is the same whatever day the tests run. Timers still run; the date stays.
 */
export const PANEL_NOW = new Date('2026-11-24T12:00:00Z');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install one (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chrome or Chromium binary.`,
    );
  }
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /**
   * Opens the side panel as a tab, told which tab holds the ticket, on the fixed clock (PANEL_NOW).
   * `realClock` for benchmarks: Playwright's fake clock also fakes `performance`, whose marks the
   * benches read (its getEntriesByName returns nothing).
   */
  openPanel(ticketPage: Page, options?: { realClock?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: {
    headless?: boolean;
    extensionDir?: string /** The browser's language, e.g. "ko-KR" (default: Chromium's own). */;
    locale?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? E2E_BUILD;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build in ${extensionDir}: run \`npm run build:e2e\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'deskpilot-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    ...(options.locale ? { locale: options.locale } : {}),
    args: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async openPanel(ticketPage, { realClock = false } = {}) {
      const tabId = await tabIdOf(context, extensionId, ticketPage);
      const panel = await context.newPage();
      if (!realClock) await panel.clock.setFixedTime(PANEL_NOW);
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The browser tab id of a Playwright page, asked of the extension itself by URL. */
async function tabIdOf(context: BrowserContext, extensionId: string, page: Page): Promise<number> {
  const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId));
  if (!worker) throw new Error('extension service worker not found');
  const url = page.url();
  const id = await worker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === pageUrl)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab has ${url}`);
  return id;
}
