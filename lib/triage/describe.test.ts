import { describe, expect, it } from 'vitest';
import { describeWaiting, formatDuration } from '@/lib/triage/describe';

describe('waiting in words', () => {
  it('formats durations', () => {
    expect(formatDuration(0.5)).toBe('30 minutes');
    expect(formatDuration(1)).toBe('1 hour');
    expect(formatDuration(30.4)).toBe('30 hours');
    expect(formatDuration(50)).toBe('2 days 2 hours');
  });
  it('says past which rule, or how long is left', () => {
    expect(describeWaiting({ waitingHours: 30, targetHours: 24, targetSource: 'amazon' })).toBe(
      "Waiting 30 hours — past Amazon's 24-hour rule by 6 hours",
    );
    expect(describeWaiting({ waitingHours: 3, targetHours: 24, targetSource: 'default' })).toBe(
      'Waiting 3 hours — 21 hours left of your 24-hour target',
    );
    expect(describeWaiting({ waitingHours: null, targetHours: 72, targetSource: 'ebay' })).toMatch(/no date; eBay's 72-hour rule applies/);
  });
});
