import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '@/lib/connectors/status-error';

describe('parseRetryAfter', () => {
  it('parses Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('1.5')).toBe(1500);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:30 GMT', Date.parse('2026-11-25T10:00:00Z'))).toBe(30_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
