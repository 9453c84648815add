import { describe, expect, it } from 'vitest';
import type { ConnectorFailure, FindOrdersResponse } from '@/lib/messaging';
import { MAX_RATE_LIMIT_REFETCHES, rateLimitRefetchDelay } from './orders-refetch';

const failure = (kind: ConnectorFailure['kind'], retryAfterMs?: number): ConnectorFailure => ({
  connectorId: `${kind}-${retryAfterMs ?? 'none'}`,
  label: 'Shop',
  kind,
  message: '…',
  ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
});
const answer = (...errors: ConnectorFailure[]): FindOrdersResponse => ({ orders: [], errors });

describe('rateLimitRefetchDelay', () => {
  it('waits for the longest Retry-After among rate-limited stores', () => {
    expect(rateLimitRefetchDelay(answer(failure('rate_limited', 2_000), failure('rate_limited', 7_000)), 1)).toBe(7_000);
  });

  it('does not refetch for failures waiting cannot fix', () => {
    expect(rateLimitRefetchDelay(answer(failure('auth'), failure('network'), failure('not_found')), 1)).toBe(false);
    expect(rateLimitRefetchDelay(answer(), 1)).toBe(false);
    expect(rateLimitRefetchDelay(undefined, 0)).toBe(false);
  });

  it('bounds the wait and assumes one when the store gave none', () => {
    expect(rateLimitRefetchDelay(answer(failure('rate_limited', 0)), 1)).toBe(1_000);
    expect(rateLimitRefetchDelay(answer(failure('rate_limited', 3_600_000)), 1)).toBe(60_000);
    expect(rateLimitRefetchDelay(answer(failure('rate_limited')), 1)).toBe(5_000);
  });

  it('stops asking a store that stays rate limited', () => {
    const limited = answer(failure('rate_limited', 1_500));
    expect(rateLimitRefetchDelay(limited, MAX_RATE_LIMIT_REFETCHES)).toBe(1_500);
    expect(rateLimitRefetchDelay(limited, MAX_RATE_LIMIT_REFETCHES + 1)).toBe(false);
  });
});
