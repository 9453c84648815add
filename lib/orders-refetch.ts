/**
 * Honouring Retry-After in the panel. A store that answers 429 does not fail the orders query —
 * the other stores' orders are shown — so TanStack's retry never sees it; instead the query is
 * refetched once the longest Retry-After has passed (at least a second, at most a minute), a few
 * times per ticket at most, so a store that stays rate limited is not asked forever.
 */
import type { FindOrdersResponse } from '@/lib/messaging';

export const MAX_RATE_LIMIT_REFETCHES = 3;
/** A 429 without Retry-After: wait this long. */
const DEFAULT_WAIT_MS = 5_000;
const MIN_WAIT_MS = 1_000;
const MAX_WAIT_MS = 60_000;

/**
 * For TanStack's `refetchInterval`: milliseconds until the next lookup, or false.
 * `lookups` is how many lookups have answered for this ticket so far (the query's dataUpdateCount).
 */
export function rateLimitRefetchDelay(data: FindOrdersResponse | undefined, lookups: number): number | false {
  if (!data || lookups > MAX_RATE_LIMIT_REFETCHES) return false;
  const waits = data.errors.filter((e) => e.kind === 'rate_limited').map((e) => e.retryAfterMs ?? DEFAULT_WAIT_MS);
  if (waits.length === 0) return false;
  return Math.min(MAX_WAIT_MS, Math.max(MIN_WAIT_MS, ...waits));
}
