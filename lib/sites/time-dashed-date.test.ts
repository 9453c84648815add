import { describe, expect, it } from 'vitest';
import { isoTime } from './time';

describe('isoTime on a dashed numeric date', () => {
  it("reads it the page's way: day first on a Danish or Indian-English page, month first on a US one", () => {
    expect(isoTime('fre 04-12-2026 16:05', 'da')).toBe(new Date(2026, 11, 4, 16, 5).toISOString());
    expect(isoTime('04-12-26, 4:05 PM', 'en-IN')).toBe(new Date(2026, 11, 4, 16, 5).toISOString());
    expect(isoTime('04-12-2026 16:05', 'en-US')).toBe(new Date(2026, 3, 12, 16, 5).toISOString());
  });

  it('leaves an ISO date and an order number as they were read before', () => {
    expect(isoTime('2026-12-04T16:05:00Z', 'da')).toBe('2026-12-04T16:05:00.000Z');
    expect(isoTime('2026-12-04 16:05', 'da')).toBe(new Date(2026, 11, 4, 16, 5).toISOString());
    expect(isoTime('RMA-04-12-2026', 'da')).toBe(isoTime('RMA-04-12-2026'));
  });
});
