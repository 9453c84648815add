import { describe, expect, it } from 'vitest';
import { fromSolarHijri } from '@/lib/sites/solar-hijri';

/** The browser's own Persian calendar: the Solar Hijri [year, month, day] of a Gregorian day. */
const PERSIAN = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

function persianParts(utcMillis: number): [number, number, number] {
  const parts = PERSIAN.formatToParts(new Date(utcMillis));
  const part = (type: string) => Number.parseInt(parts.find((item) => item.type === type)?.value ?? '', 10);
  return [part('year'), part('month'), part('day')];
}

describe('fromSolarHijri', () => {
  it('reads the days a page shows today', () => {
    expect(fromSolarHijri(1405, 9, 12)).toEqual([2026, 12, 3]);
    expect(fromSolarHijri(1405, 1, 1)).toEqual([2026, 3, 21]);
    expect(fromSolarHijri(1404, 12, 29)).toEqual([2026, 3, 20]);
  });

  it('agrees with the Persian calendar of Intl on every day from 2000 to 2040', () => {
    const mismatches: string[] = [];
    for (let millis = Date.UTC(2000, 0, 1); millis < Date.UTC(2040, 0, 1); millis += 86_400_000) {
      const [year, month, day] = persianParts(millis);
      const got = fromSolarHijri(year, month, day);
      const want = new Date(millis);
      if (got.join('-') !== [want.getUTCFullYear(), want.getUTCMonth() + 1, want.getUTCDate()].join('-'))
        mismatches.push(`${year}/${month}/${day}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
