/**
 * The steps the panel benches share (panel-suggestions.ts, panel-library.ts): the e2e build in
 * real Chromium with the demo ticket open, then fresh panel loads read through the panel's own
 * performance marks, and its JS heap after a collection (CDP Runtime.getHeapUsage).
 */
import { execSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { DEMO_TICKETS } from '../../scripts/demo/tickets';
import { type ExtensionBrowser, launchWithExtension } from '../harness/chromium';
import { startFixtureServer } from '../servers/fixture-server';
import { median } from './types';

export interface PanelFigures {
  /** Ticket shown → suggestions shown, median ms. */
  ms: number;
  /** Panel page opened (its time origin) → suggestions shown, median ms: what the agent waits in all. */
  openMs: number;
  /** Ticket shown → templates (or the saved index) read from IndexedDB, negative when read before it; then → search index ready, median ms. */
  templatesMs: number;
  indexMs: number;
  /** Median MB, when asked for. */
  heapMb: number;
  /** Of the measured loads, how many ranked from the saved index without reading the templates. */
  fromIndex: number;
}

/** Builds the extension, opens the first demo ticket in Chromium and runs `measure` on it. */
export async function withDemoTicket<T>(measure: (ext: ExtensionBrowser, ticketPage: Page) => Promise<T>): Promise<T> {
  execSync('npx wxt build --mode e2e', { stdio: 'ignore' });
  const server = await startFixtureServer();
  const ext = await launchWithExtension();
  try {
    const ticket = DEMO_TICKETS[0]!;
    const page = await ext.context.newPage();
    await page.goto(server.pageUrl(ticket.site, ticket.file, ticket.hash));
    return await measure(ext, page);
  } finally {
    await ext.close();
    await server.close();
  }
}

/** Milliseconds from the first `from` mark to the first `to` mark in the panel. */
function between(panel: Page, from: string, to: string): Promise<number> {
  return panel.evaluate(
    ([start, end]) => {
      const a = performance.getEntriesByName(start!)[0];
      const b = performance.getEntriesByName(end!)[0];
      return a && b ? b.startTime - a.startTime : Number.NaN;
    },
    [from, to],
  );
}

/**
 * `runs` panel loads after a first one, which is left out: it opens IndexedDB, seeds the
 * starter pack and, after a library change, builds and saves the search index once.
 */
export async function panelFigures(ext: ExtensionBrowser, ticketPage: Page, runs: number, { heap = false } = {}): Promise<PanelFigures> {
  const figures: Record<'ms' | 'openMs' | 'templatesMs' | 'indexMs' | 'heapMb', number[]> = {
    ms: [],
    openMs: [],
    templatesMs: [],
    indexMs: [],
    heapMb: [],
  };
  let fromIndex = 0;
  for (let i = 0; i < runs + 1; i++) {
    const panel = await ext.openPanel(ticketPage, { realClock: true });
    await panel.getByTestId('suggestion').first().waitFor({ timeout: 60_000 });
    const ms = await between(panel, 'deskpilot:ticket-shown', 'deskpilot:suggestions-shown');
    const openMs = await panel.evaluate(() => performance.getEntriesByName('deskpilot:suggestions-shown')[0]?.startTime ?? Number.NaN);
    const templatesMs = await between(panel, 'deskpilot:ticket-shown', 'deskpilot:templates-read');
    const indexMs = await between(panel, 'deskpilot:templates-read', 'deskpilot:index-ready');
    let heapMb = Number.NaN;
    if (heap) {
      const cdp = await ext.context.newCDPSession(panel);
      await cdp.send('HeapProfiler.collectGarbage');
      heapMb = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
    }
    if (i > 0) {
      if (await panel.evaluate(() => performance.getEntriesByName('deskpilot:ranked-from-index').length > 0)) fromIndex++;
      figures.ms.push(ms);
      figures.openMs.push(openMs);
      figures.templatesMs.push(templatesMs);
      figures.indexMs.push(indexMs);
      figures.heapMb.push(heapMb);
    }
    // The first load saves the search index when idle: the next loads read it back.
    if (i === 0)
      await panel
        .waitForFunction(() => performance.getEntriesByName('deskpilot:index-saved').length > 0, null, { timeout: 15_000 })
        .catch(() => undefined);
    await panel.close();
  }
  return {
    ms: median(figures.ms),
    openMs: median(figures.openMs),
    templatesMs: median(figures.templatesMs),
    indexMs: median(figures.indexMs),
    heapMb: median(figures.heapMb),
    fromIndex,
  };
}
