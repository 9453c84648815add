import os from 'node:os';
import { performance } from 'node:perf_hooks';

/** One benchmark: a measured figure with its target. Benchmarks are not timed tests. */
export interface BenchResult {
  name: string;
  value: string;
  target: string;
  where: 'Chromium' | 'Node' | 'build output';
  met: boolean;
  /** The same work done the obvious way in the same run, with the ratio (e.g. "plain MiniSearch 72 ms · 7.1×"). */
  obvious?: string;
  /** Fast and stable enough for `npm run bench -- --check` to fail on a miss (CI runs those). */
  checked?: boolean;
}

export interface BenchOptions {
  /** `--check`: skip the slow "obvious way" comparisons, measure only our own figures. */
  quick: boolean;
}

export type Bench = (options?: BenchOptions) => Promise<BenchResult[]>;

/**
 * Wall-clock and CPU time of one call, in ms. On a shared machine the wall clock also counts the
 * time the process waited for a core; the CPU time is the work itself (what an idle machine's
 * wall clock would show for single-threaded work).
 */
export function timed(run: () => unknown): { wall: number; cpu: number } {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** The 1-, 5- and 15-minute load averages and the core count, to print beside timings. */
export function loadNote(): string {
  const [one, five, fifteen] = os.loadavg().map((load) => load.toFixed(1));
  return `load ${one} / ${five} / ${fifteen} on ${os.cpus().length} cores`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value below which `share` of the values fall (nearest rank), e.g. 0.95 for p95. */
export function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

/** "how the obvious way did · ratio" — how many times slower (or bigger) the obvious way is. */
export function versus(label: string, ours: number, obvious: number, unit: string, digits = 1): string {
  const ratio = ours > 0 ? obvious / ours : Infinity;
  return `${label} ${obvious.toFixed(digits)} ${unit} · ${Number.isFinite(ratio) ? ratio.toFixed(1) : '∞'}× ours`;
}
