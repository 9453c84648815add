import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from '@/lib/format';

describe('formatMoney', () => {
  it('formats decimal strings with their currency', () => {
    expect(formatMoney('84.50', 'USD')).toBe('$84.50');
    expect(formatMoney('84.50', 'EUR', 'de-DE')).toBe('84,50\u00a0€');
  });
  it('falls back to the raw amount when it cannot format', () => {
    expect(formatMoney('abc', 'USD')).toBe('abc USD');
    expect(formatMoney('1.00', 'XYZ1')).toBe('1.00 XYZ1');
  });
});

describe('formatDate', () => {
  it('formats ISO dates in UTC so the day does not shift with the agent time zone', () => {
    expect(formatDate('2026-11-26T23:30:00Z')).toBe('November 26, 2026');
  });
  it('returns unparseable input unchanged', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});
