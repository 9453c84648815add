/**
 * Dates as replies write them — "2026-11-26", "November 26, 2026", "26. November 2026",
 * "26 de noviembre de 2026", "26/11/2026", "2026년 11월 26일", "2026年11月26日", "Nov 26", "11/26" — reduced to comparable
 * keys: "2026-11-26" when the year is written, "11-26" when it is not. Month names come from
 * Intl for the languages replies are written in, so they match what lib/templates/format.ts prints.
 */

export interface FoundDate {
  start: number;
  end: number;
  /** Every reading of the date ("03/04/2026" is 3 April or March 4). */
  keys: string[];
}

const MONTH_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'];
/** Short month names that are everyday English words ("set 2 alarms", "out 3 days"). */
const AMBIGUOUS_SHORT = new Set(['set', 'ago', 'out', 'gen', 'mag', 'dic', 'ott']);

function monthNames(): Map<string, number> {
  const names = new Map<string, number>([['sept', 9]]);
  for (const locale of MONTH_LOCALES) {
    for (const style of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      for (let month = 0; month < 12; month++) {
        const name = format
          .format(new Date(Date.UTC(2026, month, 15)))
          .toLowerCase()
          .replace(/\.$/, '');
        if (name.length >= 3 && !/\d/.test(name) && !(style === 'short' && AMBIGUOUS_SHORT.has(name))) names.set(name, month + 1);
      }
    }
  }
  return names;
}

const MONTHS = monthNames();
const MONTH = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const YEAR_FIRST = /(?<![\d.])(\d{4})[./]\s?(\d{1,2})[./]\s?(\d{1,2})\.?(?!\d)/g;
const NUMERIC = /(?<![\d.,/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[.,]\d)/g;
/** "2026년 11월 24일", "11월 24일" (Korean) and "2026年11月24日", "11月24日" (Japanese, Chinese). */
const KOREAN = /(?:(\d{4})\s*[년年]\s*)?(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]/g;
/**
 * "11/24" with no year, as Japanese, Korean and US writers put a date ("11/24（火）"): month first, or
 * day first as in Europe. "24/7" is a phrase, and a slash between longer numbers is a ratio or a path.
 */
const SHORT_SLASH = /(?<![\d./,-])(\d{1,2})\/(\d{1,2})(?![\d/%]|[.,]\d)/g;
const MONTH_DAY = new RegExp(String.raw`(?<!\p{L})(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{4})(?!\d))?`, 'giu');
const DAY_MONTH = new RegExp(
  String.raw`(?<![\d.,])(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s+(?:of\s+|de\s+)?(${MONTH})(?!\p{L})\.?(?:,?\s+(?:de\s+)?(\d{4})(?!\d))?`,
  'giu',
);

function key(year: number | undefined, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return year === undefined ? md : `${year}-${md}`;
}

const fullYear = (text: string | undefined) => (text === undefined ? undefined : text.length === 2 ? 2000 + Number(text) : Number(text));
const month = (name: string) => MONTHS.get(name.toLowerCase()) ?? 0;

function collect(found: FoundDate[], match: RegExpMatchArray, keys: Array<string | null>): void {
  const valid = [...new Set(keys.filter((k): k is string => k !== null))];
  const start = match.index ?? 0;
  if (valid.length) found.push({ start, end: start + match[0].length, keys: valid });
}

/** Dates in the text, longest forms first; a later pattern never re-reads part of an earlier match. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(ISO)) collect(found, m, [key(Number(m[1]), Number(m[2]), Number(m[3]))]);
  for (const m of text.matchAll(YEAR_FIRST)) collect(found, m, [key(Number(m[1]), Number(m[2]), Number(m[3]))]);
  for (const m of text.matchAll(KOREAN)) collect(found, m, [key(fullYear(m[1]), Number(m[2]), Number(m[3]))]);
  for (const m of text.matchAll(MONTH_DAY)) collect(found, m, [key(fullYear(m[3]), month(m[1]!), Number(m[2]))]);
  for (const m of text.matchAll(DAY_MONTH)) collect(found, m, [key(fullYear(m[3]), month(m[2]!), Number(m[1]))]);
  for (const m of text.matchAll(NUMERIC)) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), fullYear(m[4])];
    // Dots and dashes are day-first everywhere we see them; a slash is day-first or US month-first.
    collect(found, m, m[2] === '/' ? [key(year, b, a), key(year, a, b)] : [key(year, b, a)]);
  }
  for (const m of text.matchAll(SHORT_SLASH)) {
    if (m[0] === '24/7') continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    collect(found, m, [key(undefined, a, b), key(undefined, b, a)]);
  }
  return withoutOverlaps(found);
}

function withoutOverlaps(found: FoundDate[]): FoundDate[] {
  const kept: FoundDate[] = [];
  for (const date of found) {
    if (!kept.some((k) => date.start < k.end && k.start < date.end)) kept.push(date);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Keys of an ISO 8601 date from order data: the calendar date as written, with and without year. */
export function isoDateKeys(iso: string): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return [];
  const full = key(Number(match[1]), Number(match[2]), Number(match[3]));
  return full ? [full, full.slice(5)] : [];
}
