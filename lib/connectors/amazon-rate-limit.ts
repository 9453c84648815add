/**
 * A client-side token bucket per seller, so Deskpilot stays inside the SP-API usage plan instead
 * of learning it from 429s: getOrder allows 0.5 requests per second with a burst of 30. Amazon's
 * own bucket is shared by every browser using the same app for the seller, so a 429 empties ours
 * too, and the rate Amazon reports (x-amzn-RateLimit-Limit) replaces the documented default.
 */
import { ConnectorError } from './types';
import { problem } from './problem';
import type { StoreName } from './store-name';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface UsagePlan {
  ratePerSecond: number;
  burst: number;
}

interface Bucket extends UsagePlan {
  /** Below zero when requests are already waiting for tokens they reserved. */
  tokens: number;
  updatedAt: number;
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly plan: UsagePlan,
    private readonly clock: Clock = systemClock,
  ) {}

  private bucket(key: string): Bucket {
    const now = this.clock.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { ...this.plan, tokens: this.plan.burst, updatedAt: now };
      this.buckets.set(key, bucket);
    }
    const earned = ((now - bucket.updatedAt) / 1000) * bucket.ratePerSecond;
    bucket.tokens = Math.min(bucket.burst, bucket.tokens + earned);
    bucket.updatedAt = now;
    return bucket;
  }

  /** How long a request made now would wait for its token. */
  waitMs(key: string): number {
    const bucket = this.bucket(key);
    return bucket.tokens >= 1 ? 0 : Math.ceil(((1 - bucket.tokens) / bucket.ratePerSecond) * 1000);
  }

  /**
   * Takes a token, waiting for it when it comes within maxWaitMs. A longer wait is refused with a
   * rate_limited error saying when to come back, so the panel shows it instead of hanging.
   */
  async take(key: string, maxWaitMs: number, store: StoreName): Promise<void> {
    const wait = this.waitMs(key);
    if (wait > maxWaitMs) {
      throw ConnectorError.of('rate_limited', problem('storeError.amazon.rateLimited', { store, seconds: Math.ceil(wait / 1000) }), wait);
    }
    this.bucket(key).tokens -= 1;
    if (wait > 0) await this.clock.sleep(wait);
  }

  /** The rate Amazon says applies to this seller (requests per second). */
  setRate(key: string, ratePerSecond: number): void {
    if (Number.isFinite(ratePerSecond) && ratePerSecond > 0) this.bucket(key).ratePerSecond = ratePerSecond;
  }

  /** After a 429: no token until retryAfterMs has passed (one refill interval when Amazon does not say). */
  drain(key: string, retryAfterMs?: number): void {
    const bucket = this.bucket(key);
    const waitSeconds = (retryAfterMs ?? 1000 / bucket.ratePerSecond) / 1000;
    bucket.tokens = Math.min(bucket.tokens, 1 - waitSeconds * bucket.ratePerSecond);
  }
}
