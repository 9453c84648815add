import { describe, expect, it } from 'vitest';
import { useCpuClock } from './cpu-clock';

const wallNow = () => Number(process.hrtime.bigint() / 1_000_000n);

describe('the CPU clock for budget tests', () => {
  it('does not count time spent waiting', () => {
    const restore = useCpuClock();
    try {
      const started = performance.now();
      // Blocks the thread without using it, as a descheduled read does.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      // Half the wait: the process's other threads (GC, compiler) count too, and once (2026-12-06, load ~8) passed 50 ms.
      expect(performance.now() - started).toBeLessThan(100);
    } finally {
      restore();
    }
  });

  it('counts work', () => {
    const restore = useCpuClock();
    try {
      const started = performance.now();
      const wallStarted = wallNow();
      let spins = 0;
      while (wallNow() - wallStarted < 200) spins++;
      const counted = performance.now() - started;
      expect(spins).toBeGreaterThan(0);
      expect(counted).toBeGreaterThan(0);
    } finally {
      restore();
    }
  });

  it('gives the wall clock back', () => {
    useCpuClock()();
    const started = performance.now();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
  });
});
