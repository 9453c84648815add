/**
 * How the adapter-extraction bench (adapter-extraction.ts) times a read in the page: the median of repeated
 * `readThread` calls after a warm-up, and the generic reader's CPU time on its main thread (CDP ThreadTime), warm and
 * after a change in every message.
 */
import type { Page } from '@playwright/test';
import { median } from './types';

export const RUNS = 30;
const WARM_UP = 3;
export const CPU_RUNS = 15;

/** Median time of one `readThread` on the page at `url` (samples of `batch` reads), or null when it reads no thread there. */
export async function medianRead(page: Page, url: string, bundle: string, batch: number): Promise<number | null> {
  await page.goto(url);
  await page.addScriptTag({ content: bundle });
  const times = await page.evaluate(
    ({ runs, warmUp, batch }) => {
      type Reader = { readThread(d: Document, u: URL): unknown };
      const adapter = (globalThis as unknown as { __adapter?: Reader }).__adapter;
      if (!adapter?.readThread(document, new URL(location.href))) return null;
      const out: number[] = [];
      for (let i = 0; i < runs + warmUp; i++) {
        const start = performance.now();
        for (let read = 0; read < batch; read++) adapter.readThread(document, new URL(location.href));
        if (i >= warmUp) out.push((performance.now() - start) / batch);
      }
      return out;
    },
    { runs: RUNS, warmUp: WARM_UP, batch },
  );
  return times ? median(times) : null;
}

/**
 * CPU time of the generic reader on the page already loaded (its bundle added by medianRead): reads
 * of the unchanged page, and cold reads, each after an attribute change in every message block.
 */
export async function genericCpu(page: Page): Promise<{ warm: number; cold: number; layouts: number; styles: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  // The read and the JSON the content script's answer is sent as (runtime messaging serializes it);
  // only its length comes back. Returning the thread itself measured Playwright's serialization of
  // a 200 KB object in the page (~20 ms of CPU), not the read: the Gmail rows never returned it.
  const read = 'JSON.stringify(globalThis.__adapter.readThread(document, new URL(location.href))).length';
  const touch = `document.querySelectorAll('.entry').forEach((entry, i) => entry.setAttribute('data-bench-run', String(i + performance.now())))`;
  // The CPU of asking for the metrics and of an evaluate that does nothing, taken off each read.
  const idle: number[] = [];
  const warm: number[] = [];
  const cold: number[] = [];
  let layouts = 0;
  let styles = 0;
  for (let run = 0; run < CPU_RUNS; run++) {
    for (const [times, before, work] of [
      [idle, '', '0'],
      [warm, '', read],
      [cold, touch, read],
    ] as const) {
      if (before) await page.evaluate(before);
      const start = await metrics();
      await page.evaluate(work);
      const end = await metrics();
      times.push((end.ThreadTime! - start.ThreadTime!) * 1000);
      layouts += end.LayoutCount! - start.LayoutCount!;
      styles += end.RecalcStyleCount! - start.RecalcStyleCount!;
    }
  }
  await cdp.detach();
  const overhead = median(idle);
  return { warm: median(warm) - overhead, cold: median(cold) - overhead, layouts, styles };
}
