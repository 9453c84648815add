/**
 * `npm run bench [name] [--check]`: prints a table of measured figures against their targets,
 * each beside the same work done the obvious way. Benchmarks, not timed tests: a missed target
 * is reported; with `--check`, only the fast and stable rows (`checked`) run and a miss exits 1.
 * Each lives in tests/bench/<name>.ts.
 */
// The readers' word lists, as the background gives them to a content script.
import '@/lib/sites/reader-words-data';
import type { Bench, BenchResult } from '../tests/bench/types';
import { printTable } from './table';

const BENCHES: Record<string, () => Promise<{ default: Bench }>> = {
  'adapter-extraction': () => import('../tests/bench/adapter-extraction'),
  'extract-long-page': () => import('../tests/bench/extract-long-page'),
  'content-script-size': () => import('../tests/bench/content-script-size'),
  'gmail-extraction': () => import('../tests/bench/gmail-extraction'),
  'order-lookup': () => import('../tests/bench/order-lookup'),
  'panel-suggestions': () => import('../tests/bench/panel-suggestions'),
  'panel-library': () => import('../tests/bench/panel-library'),
  'pack-import': () => import('../tests/bench/pack-import'),
  'pack-import-chromium': () => import('../tests/bench/pack-import-chromium'),
  'suggest-speed': () => import('../tests/bench/suggest-speed'),
  'reading-speed': () => import('../tests/bench/reading-speed'),
  'structural-injection-chromium': () => import('../tests/bench/structural-injection-chromium'),
  'watcher-check': () => import('../tests/bench/watcher-check'),
  'requests-per-ticket': () => import('../tests/bench/requests-per-ticket'),
  'intent-model-chromium': () => import('../tests/bench/intent-model-chromium'),
  'policy-lint': () => import('../tests/bench/policy-lint'),
  'template-variables': () => import('../tests/bench/template-variables'),
};

/** Benches whose rows are all fast and stable: what `--check` runs. */
const CHECKED = new Set(['content-script-size', 'suggest-speed', 'requests-per-ticket']);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const only = args.find((arg) => !arg.startsWith('--'));
  const results: BenchResult[] = [];
  for (const [name, load] of Object.entries(BENCHES)) {
    if (only && only !== name) continue;
    if (check && !CHECKED.has(name)) continue;
    // Progress on stderr: a full run takes minutes, and a stuck bench should say which it is.
    console.error(`bench: ${name} (${new Date().toISOString().slice(11, 19)} UTC)`);
    const { default: bench } = await load();
    results.push(...(await bench({ quick: check })));
  }
  printTable(
    'Benchmarks',
    results.map((r) => ({
      measure: r.name,
      value: r.value,
      target: r.target,
      'the obvious way': r.obvious ?? '—',
      'measured in': r.where,
      met: r.met ? 'yes' : 'NO',
    })),
  );
  const missed = results.filter((r) => r.checked && !r.met);
  if (check && missed.length > 0) {
    console.error(`bench --check: ${missed.length} target(s) missed: ${missed.map((r) => r.name).join('; ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
