/**
 * A clock the Amazon connector's rate limiter and token cache can run on in tests: time moves
 * only when told (advance) or when the code sleeps, and every sleep is recorded. `frozen` keeps
 * sleeps from moving time, to see what several concurrent callers were each told to wait.
 */
import type { Clock } from '@/lib/connectors/amazon-rate-limit';

export interface FakeClock extends Clock {
  advance(ms: number): void;
  sleeps: number[];
}

export function fakeClock(options: { start?: number; frozen?: boolean } = {}): FakeClock {
  let now = options.start ?? Date.parse('2026-11-24T09:00:00Z');
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      if (!options.frozen) now += ms;
    },
    advance: (ms) => {
      now += ms;
    },
    sleeps,
  };
}
