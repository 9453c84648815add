/**
 * The page-read budget (lib/sites/profile/read-with-profile.ts, 100 ms) counts the wall clock, as
 * an agent waits for it. Unit tests run on 2 cores shared by several runs, where a read descheduled
 * for 100 ms was cut short and its test failed with nothing slow in it. A test file that reads with
 * that budget calls `countCpuTimeForBudget()`: `performance.now()` then counts this process's CPU
 * time, so the budget still stops a read that works too long, never one that only waited.
 */
import { afterEach, beforeEach, vi } from 'vitest';

export function countCpuTimeForBudget(): void {
  let restore: (() => void) | undefined;
  beforeEach(() => {
    restore = useCpuClock();
  });
  afterEach(() => {
    restore?.();
  });
}

/** From now until the returned function is called, `performance.now()` is CPU milliseconds. */
export function useCpuClock(): () => void {
  const spy = vi.spyOn(performance, 'now').mockImplementation(cpuMilliseconds);
  return () => spy.mockRestore();
}

function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
