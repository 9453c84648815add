import { describe, expect, it } from 'vitest';
import { presetRanges } from '@/components/reports/range-picker';
import { formatDuration, formatMinutes, formatRate } from '@/components/reports/report-text';

describe('Reports presets', () => {
  it('end today, across month and year ends', () => {
    expect(presetRanges('2026-11-24')).toEqual({
      today: { fromDay: '2026-11-24', toDay: '2026-11-24' },
      last7: { fromDay: '2026-11-18', toDay: '2026-11-24' },
      last30: { fromDay: '2026-10-26', toDay: '2026-11-24' },
      thisMonth: { fromDay: '2026-11-01', toDay: '2026-11-24' },
    });
    expect(presetRanges('2027-01-03').last7).toEqual({ fromDay: '2026-12-28', toDay: '2027-01-03' });
    expect(presetRanges('2028-03-01').last7.fromDay).toBe('2028-02-24');
  });
});

describe('how figures read', () => {
  it('durations in the unit a person uses', () => {
    expect([
      formatDuration(null),
      formatDuration(42_000),
      formatDuration(53 * 60_000),
      formatDuration(3.1 * 3_600_000),
      formatDuration(50 * 3_600_000),
    ]).toEqual(['—', '42 sec', '53 min', '3.1 hr', '2.1 days']);
  });

  it('minutes saved and rates', () => {
    expect([formatMinutes(3.84), formatMinutes(150)]).toEqual(['3.8 min', '2.5 hr']);
    expect([formatRate(null), formatRate(1 / 3)]).toEqual(['—', '33%']);
  });

  it('in the interface language', () => {
    expect([formatDuration(3.1 * 3_600_000, 'ko'), formatMinutes(3.84, 'de')]).toEqual(['3.1시간', '3,8 Min.']);
    expect(formatRate(1 / 3, 'fr')).toMatch(/^33\s%$/);
  });
});
