import { describe, expect, it } from 'vitest';
import { redactBesideTime } from './redact-beside-time';
import { tooltipDate } from './structural-tooltip-time';

/** A stand-in for the snapshot's word mapping: every word to Q's of its length, or as `map` says. */
const mapping =
  (map: Record<string, string> = {}) =>
  (value: string) =>
    value.replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => map[word] ?? word.replace(/./gu, 'q'));

describe('redactBesideTime', () => {
  it('redacts a name written before a date and keeps the date as the readers read it', () => {
    const out = redactBesideTime('Maximilian Okonkwo-Berg — Wed 2 Dec 2026, 14:05', 'en', mapping());
    expect(out).not.toMatch(/Maximilian|Okonkwo|Berg/);
    expect(out).toContain('2 Dec 2026, 14:05');
    expect(tooltipDate(out!)).toBe(tooltipDate('Wed 2 Dec 2026, 14:05'));
  });

  it("keeps the month's name the date needs, and redacts the name written after the date", () => {
    expect(redactBesideTime('Friday, December 4, 2026 at 10:31 PM', 'en', mapping())).toBe('qqqqqq, December 4, 2026 at 10:31 PM');
    expect(redactBesideTime('4.12.2026 10:31 · Wilhelmina Oosterhout', 'de', mapping())).toBe('4.12.2026 10:31 · qqqqqqqqqq qqqqqqqqqq');
  });

  it("reads a day-first date in the page's language, and keeps its digits", () => {
    const out = redactBesideTime('Ieva Ozoliņa, 05.12.2026 21:37', 'lv', mapping());
    expect(out).toBe('qqqq qqqqqqq, 05.12.2026 21:37');
  });

  it('drops a name whose placeholder happens to spell a month: a neutral filler of its shape takes its place', () => {
    // "Ana"'s placeholder "Mar" would make the parser read March 2012; the name is not the date's.
    const out = redactBesideTime('Ana, 4/12/2026 10:31', 'en', mapping({ Ana: 'Mar' }));
    expect(out).toBe('Xxx, 4/12/2026 10:31');
  });

  it('leaves a value with no dated time to be redacted whole: a relative time, an order number, a name', () => {
    expect(redactBesideTime('Ieva Ozoliņa, 2 hours ago', 'en', mapping())).toBeUndefined();
    expect(redactBesideTime('Order 10472 for Ieva', 'en', mapping())).toBeUndefined();
    expect(redactBesideTime('Ieva Ozoliņa', 'en', mapping())).toBeUndefined();
  });
});
