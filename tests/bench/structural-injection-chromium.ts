/**
 * On a site page whose site read fails (Zendesk with renamed containers, issue 10), how long the
 * panel waits for the structural read when the site's content script must first have the reader
 * injected (first read → injection → read again: lib/content-script/structural-load.ts), beside
 * the same read with the reader already installed, in the same tab and run. The page's own watcher
 * injects the reader at load, so before each cold read the bench removes it from the frame's
 * isolated world: the panel's read then finds it missing, as a read before the watcher's would.
 * Each figure is the panel's own clock: its time origin → its `deskpilot:ticket-shown` mark.
 */
import { execSync } from 'node:child_process';
import type { Page, Worker } from '@playwright/test';
import { STRUCTURAL_READER_SCRIPT } from '@/entrypoints/background/structural-reader';
import { type ExtensionBrowser, launchWithExtension } from '../harness/chromium';
import { startFixtureServer } from '../servers/fixture-server';
import { type Bench, loadNote, median } from './types';

const RUNS = 9;
/** The injection may add at most the page-read budget (lib/sites/profile/read-with-profile.ts) to the panel's wait. */
const TARGET_ADDED_MS = 100;
const RENAMED = '2026-12-04-renamed-containers.html';

/** Panel opened → ticket shown, on the panel's clock; checks the structural reader read it. */
async function panelRead(ext: ExtensionBrowser, page: Page): Promise<number> {
  const panel = await ext.openPanel(page, { realClock: true });
  await panel.getByTestId('ticket-card').getByText('by the general reader').waitFor({ timeout: 60_000 });
  const ms = await panel.evaluate(() => performance.getEntriesByName('deskpilot:ticket-shown')[0]?.startTime ?? Number.NaN);
  await panel.close();
  return ms;
}

/** The service worker's background, with each injection of the structural reader timed (wall ms). */
async function timeInjections(worker: Worker): Promise<void> {
  await worker.evaluate((file) => {
    const scripting = chrome.scripting as unknown as { executeScript: (...args: unknown[]) => Promise<unknown> };
    const original = scripting.executeScript.bind(chrome.scripting);
    const times: number[] = [];
    Object.assign(globalThis, { benchInjections: times });
    scripting.executeScript = async (...args: unknown[]) => {
      const started = performance.now();
      const result = await original(...args);
      if (JSON.stringify(args[0]).includes(file)) times.push(performance.now() - started);
      return result;
    };
  }, STRUCTURAL_READER_SCRIPT);
}

function injectionTimes(worker: Worker): Promise<number[]> {
  return worker.evaluate(() => (globalThis as unknown as { benchInjections: number[] }).benchInjections);
}

/** Removes the installed structural reader from the tab's isolated world (the content script's). */
async function uninstallReader(worker: Worker, url: string): Promise<void> {
  await worker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    // Set apart, not in the object literal: tsx would name that function with a helper the worker lacks.
    const injection = { target: { tabId: tab!.id! }, world: 'ISOLATED' } as chrome.scripting.ScriptInjection<[], void>;
    injection.func = () => {
      delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('deskpilot.structural-reader')];
    };
    await chrome.scripting.executeScript(injection);
  }, url);
}

const bench: Bench = async () => {
  execSync('npx wxt build --mode e2e', { stdio: 'ignore' });
  const server = await startFixtureServer();
  const ext = await launchWithExtension();
  try {
    const worker = ext.context.serviceWorkers().find((w) => w.url().includes(ext.extensionId))!;
    await timeInjections(worker);
    const page = await ext.context.newPage();
    await page.goto(server.pageUrl('zendesk', RENAMED));
    // A first panel read, left out: the panel's own first open (IndexedDB, starter pack).
    await panelRead(ext, page);
    const before = (await injectionTimes(worker)).length;
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await uninstallReader(worker, page.url());
      cold.push(await panelRead(ext, page));
      warm.push(await panelRead(ext, page));
    }
    const injections = await injectionTimes(worker);
    // Each cold read must have injected the reader once, and no installed read: else it measured nothing.
    const measured = injections.slice(before);
    if (measured.length !== RUNS) throw new Error(`expected ${RUNS} injections during the cold reads, saw ${measured.length}`);
    const [coldMs, warmMs, injectMs] = [median(cold), median(warm), median(measured)];
    // Paired: each cold read beside the installed read right after it, so the machine's load drifts out.
    const added = median(cold.map((ms, i) => ms - warm[i]!));
    return [
      {
        name:
          `panel opened → structural read shown, Zendesk page the site reader misses, reader injected first (first read → injection → read again; ` +
          `the panel's own marks, median of ${RUNS}, cold ${cold.map((v) => v.toFixed(0)).join('/')} ms; the background's injection alone ${injectMs.toFixed(0)} ms (${measured.map((v) => v.toFixed(0)).join('/')}); ` +
          `injection adds ${added.toFixed(0)} ms (median of paired differences), target ≤ ${TARGET_ADDED_MS} ms; ${loadNote()})`,
        value: `${coldMs.toFixed(0)} ms`,
        target: `≤ installed + ${TARGET_ADDED_MS} ms`,
        obvious: `reader already installed (same tab, same run) ${warmMs.toFixed(0)} ms, ${warm.map((v) => v.toFixed(0)).join('/')}`,
        where: 'Chromium',
        met: added <= TARGET_ADDED_MS,
      },
    ];
  } finally {
    await ext.close();
    await server.close();
  }
};
export default bench;
