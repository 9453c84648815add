import { describe, expect, it } from 'vitest';
import { fakeClock } from '@/tests/servers/amazon-fake-clock';
import { TokenBucketLimiter } from './amazon-rate-limit';
import { ConnectorError } from './types';

const PLAN = { ratePerSecond: 0.5, burst: 3 };

describe('TokenBucketLimiter', () => {
  it('lets the burst through at once, then one request per refill interval', async () => {
    const clock = fakeClock();
    const limiter = new TokenBucketLimiter(PLAN, clock);
    for (let i = 0; i < 5; i += 1) await limiter.take('seller', 10_000, 'Amazon');
    expect(clock.sleeps).toEqual([2000, 2000]);
  });

  it('refills with time, never above the burst', async () => {
    const clock = fakeClock();
    const limiter = new TokenBucketLimiter(PLAN, clock);
    for (let i = 0; i < 3; i += 1) await limiter.take('seller', 0, 'Amazon');
    clock.advance(60_000);
    for (let i = 0; i < 3; i += 1) await limiter.take('seller', 0, 'Amazon');
    expect(limiter.waitMs('seller')).toBe(2000);
  });

  it('queues concurrent requests behind each other', async () => {
    const clock = fakeClock({ frozen: true });
    const limiter = new TokenBucketLimiter({ ratePerSecond: 0.5, burst: 1 }, clock);
    await Promise.all([limiter.take('s', 10_000, 'A'), limiter.take('s', 10_000, 'A'), limiter.take('s', 10_000, 'A')]);
    expect(clock.sleeps).toEqual([2000, 4000]);
  });

  it('refuses a wait longer than allowed, says how long, and reserves nothing', async () => {
    const clock = fakeClock();
    const limiter = new TokenBucketLimiter({ ratePerSecond: 0.1, burst: 1 }, clock);
    await limiter.take('s', 0, 'Amazon (EU)');
    const error = await limiter.take('s', 5000, 'Amazon (EU)').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterMs: 10_000 });
    expect((error as Error).message).toContain('Amazon (EU)');
    expect(limiter.waitMs('s')).toBe(10_000);
  });

  it('keeps sellers apart', async () => {
    const limiter = new TokenBucketLimiter({ ratePerSecond: 0.5, burst: 1 }, fakeClock());
    await limiter.take('a', 0, 'A');
    expect(limiter.waitMs('a')).toBe(2000);
    expect(limiter.waitMs('b')).toBe(0);
  });

  it('empties on a 429 for as long as the server says, or one interval', () => {
    const limiter = new TokenBucketLimiter(PLAN, fakeClock());
    limiter.drain('s', 7000);
    expect(limiter.waitMs('s')).toBe(7000);
    limiter.drain('t');
    expect(limiter.waitMs('t')).toBe(2000);
  });

  it('adopts the rate the server reports and ignores nonsense', async () => {
    const clock = fakeClock();
    const limiter = new TokenBucketLimiter({ ratePerSecond: 0.5, burst: 1 }, clock);
    limiter.setRate('s', 0.0167);
    limiter.setRate('s', Number.NaN);
    limiter.setRate('s', 0);
    await limiter.take('s', 0, 'A');
    expect(limiter.waitMs('s')).toBe(Math.ceil(1000 / 0.0167));
  });
});
