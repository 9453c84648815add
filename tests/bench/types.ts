/** One benchmark: a measured figure with its target. Benchmarks are not timed tests. */
export interface BenchResult {
  name: string;
  value: string;
  target: string;
  where: 'Chromium' | 'Node' | 'build output';
  met: boolean;
}

export type Bench = () => Promise<BenchResult[]>;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
