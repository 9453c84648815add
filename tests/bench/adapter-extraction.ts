import { chromium, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { ADAPTERS } from '../../lib/sites/index';
import { bigGenericPage } from '../fixtures/sites/generic/big-page';
import { chromiumPath } from '../harness/chromium';
import type { Bench, BenchResult } from './types';
import { bundleForPage, REPO_ROOT } from './page-bundle';
import { CPU_RUNS, genericCpu, medianRead, RUNS } from './adapter-extraction-reads';

/** Reads per timed sample on small fixtures: Chromium's clock ticks in 0.1 ms steps. */
const FIXTURE_BATCH = 20;
const TARGET_MS = 10;
const GENERIC_TARGET_MS = 30;
const FIXTURES = `${REPO_ROOT}tests/fixtures/sites/`;
/** Pages are served from a made-up origin: the adapters read the DOM they are given, whatever the host. */
const ORIGIN = 'https://deskpilot-bench.invalid';

/**
 * Every registered adapter — including those added after this bench was written — reading its
 * largest fixture page that holds a conversation, bundled as its content script bundles it, in
 * Chromium (median of repeated runs after a warm-up); and the generic adapter on a 1 MB page.
 */
const bench: Bench = async () => {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  const results: BenchResult[] = [];
  try {
    const page = await browser.newPage();
    const pages = new Map<string, string>();
    await page.route(`${ORIGIN}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: pages.get(new URL(route.request().url()).pathname) ?? '' }),
    );
    for (const id of Object.keys(ADAPTERS)) {
      const bundle = await adapterBundle(id);
      const measured = await largestReadableFixture(page, pages, id, bundle);
      results.push(
        measured
          ? result(`${id} extraction, ${measured.file} (${kb(measured.bytes)}, median of ${RUNS})`, measured.ms, TARGET_MS)
          : {
              name: `${id} extraction`,
              value: 'no fixture with a conversation',
              target: `≤ ${TARGET_MS} ms`,
              where: 'Chromium',
              met: false,
            },
      );
    }
    const big = bigGenericPage();
    pages.set('/generic/1mb.html', big);
    const ms = await medianRead(page, `${ORIGIN}/generic/1mb.html`, await adapterBundle('generic'), 1);
    // The content script reads again after every change of the page; a message that did not change
    // is not read again (lib/sites/engine/element-memo.ts). The cold read changes every message first.
    // CPU time of the page's main thread (CDP ThreadTime): the wall clock on a loaded machine
    // measures the wait for a core more than the read.
    const cpu = await genericCpu(page);
    results.push({
      name: `generic extraction, generated page (${kb(big.length)}; CPU time, median of ${CPU_RUNS} reads after the first; cold read after a change in every message ${cpu.cold.toFixed(1)} ms CPU; wall clock ${(ms ?? Infinity).toFixed(1)} ms; no layout or style recalculation: ${cpu.layouts} / ${cpu.styles})`,
      value: `${cpu.warm.toFixed(2)} ms`,
      target: `≤ ${GENERIC_TARGET_MS} ms`,
      where: 'Chromium',
      met: cpu.warm <= GENERIC_TARGET_MS && cpu.cold <= GENERIC_TARGET_MS && cpu.layouts + cpu.styles === 0,
    });
  } finally {
    await browser.close();
  }
  return results;
};
export default bench;

/** The adapter module bundled for the page; the adapter is whichever export carries the site id. */
async function adapterBundle(id: string): Promise<string> {
  const contents = `import * as site from '@/lib/sites/${id}';
globalThis.__adapter = Object.values(site).find((value) => value && value.id === ${JSON.stringify(id)} && typeof value.readThread === 'function');`;
  return bundleForPage(contents);
}

/** Fixtures largest first; the first one the adapter reads a thread from is measured. */
async function largestReadableFixture(page: Page, pages: Map<string, string>, id: string, bundle: string) {
  const files = readdirSync(`${FIXTURES}${id}`)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, bytes: statSync(`${FIXTURES}${id}/${file}`).size }))
    .sort((a, b) => b.bytes - a.bytes);
  for (const { file, bytes } of files) {
    pages.set(`/${id}/${file}`, readFileSync(`${FIXTURES}${id}/${file}`, 'utf8'));
    const ms = await medianRead(page, `${ORIGIN}/${id}/${file}`, bundle, FIXTURE_BATCH);
    if (ms !== null) return { file, bytes, ms };
  }
  return null;
}

function result(name: string, ms: number, target: number): BenchResult {
  return { name, value: `${ms.toFixed(2)} ms`, target: `≤ ${target} ms`, where: 'Chromium', met: ms <= target };
}

function kb(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} KB`;
}
