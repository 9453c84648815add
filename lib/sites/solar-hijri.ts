/**
 * Dates of the Solar Hijri calendar (Iran, Afghanistan: "۱۴۰۵/۰۹/۱۲" is 3 December 2026), which Persian
 * inbox pages show. Arithmetic of the 33-year leap cycle, counted from a known new year (1 Farvardin 1405
 * = 21 March 2026): no calendar library, the content script's budget is 30 KB gzip. The test checks it
 * day by day against the browser's own Persian calendar.
 */

/** A Solar Hijri year, month, day as the Gregorian [year, month, day]. */
export function fromSolarHijri(year: number, month: number, day: number): [number, number, number] {
  const date = new Date(Date.UTC(2026, 2, 21 + dayNumber(year, month, day) - dayNumber(1405, 1, 1)));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

function dayNumber(year: number, month: number, day: number): number {
  const cycleYear = year + 1595;
  return (
    365 * cycleYear +
    Math.floor(cycleYear / 33) * 8 +
    Math.floor(((cycleYear % 33) + 3) / 4) +
    (month < 7 ? (month - 1) * 31 : (month - 7) * 30 + 186) +
    day
  );
}
