/**
 * `npm run bench`: prints a table of measured figures against their targets. Benchmarks, not
 * timed tests: a missed target is reported, not failed. Each lives in tests/bench/<name>.ts.
 */
import type { Bench, BenchResult } from '../tests/bench/types';
import { printTable } from './table';

const BENCHES: Record<string, () => Promise<{ default: Bench }>> = {
  'adapter-extraction': () => import('../tests/bench/adapter-extraction'),
  'content-script-size': () => import('../tests/bench/content-script-size'),
  'gmail-extraction': () => import('../tests/bench/gmail-extraction'),
  'order-lookup': () => import('../tests/bench/order-lookup'),
  'panel-suggestions': () => import('../tests/bench/panel-suggestions'),
  'pack-import': () => import('../tests/bench/pack-import'),
  'suggest-speed': () => import('../tests/bench/suggest-speed'),
  'reading-speed': () => import('../tests/bench/reading-speed'),
};

async function main(): Promise<void> {
  const only = process.argv[2];
  const results: BenchResult[] = [];
  for (const [name, load] of Object.entries(BENCHES)) {
    if (only && only !== name) continue;
    const { default: bench } = await load();
    results.push(...(await bench()));
  }
  printTable(
    'Benchmarks',
    results.map((r) => ({ measure: r.name, value: r.value, target: r.target, 'measured in': r.where, met: r.met ? 'yes' : 'NO' })),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
