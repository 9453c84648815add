/**
 * Message times as ISO 8601, and chronological order. Pages show local, human dates ("Wed, Nov 18,
 * 2026, 9:14 AM"); what neither the JavaScript date parser nor human-time.ts can read is left out
 * rather than guessed.
 */
import { humanTime } from './human-time';

/** 2191-10-28: later is an order number's digits read as a year. */
const LATEST = 7e12;
const DAY_OR_MONTH_FIRST = /(?:^|\D)\d{1,2}[./]\d{1,2}(?:\D|$)/;
/**
 * "07-12-2026" (a Dutch or Danish page): the parser reads it month first as it does "07/12/2026". Only with
 * its year and no digit or dash before it, so an ISO date's "12-07" is not taken for one.
 */
const DASHED_DATE = /(?:^|[^\d-])\d{1,2}-\d{1,2}-\d{2,4}(?:\D|$)/;
/**
 * "05.12.2026", "2. 12. 2026" (Czech, Slovak): the parser reads it month first, yet every language that
 * writes dots puts the day first.
 */
const DOTTED_DATE = /(?:^|\D)\d{1,2}\. ?\d{1,2}\. ?\d{2,4}(?:\D|$)/;
/**
 * A zone abbreviation after the clock that the parser does not know ("9:41 PM BRT", "10:15 CET"; it knows UTC,
 * GMT and the US zones): the time is read as the page shows it, local, as human-time.ts reads every time.
 */
const UNKNOWN_ZONE = /(?<=\d|\b[AP]M) (?!AM$|PM$)[A-Z]{2,5}$/;
const FOUR_DIGITS = /(?<!\d)\d{4}(?!\d)/;

export function isoTime(raw: string | null | undefined, lang?: string): string | undefined {
  if (!raw) return undefined;
  // Newer ICU data puts U+202F (narrow no-break space) before AM/PM; the parser wants a plain space.
  const text = raw
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();
  // The parser reads "04/12/2026" month first and "02/12" as 2001: a reader that knows the page's
  // language ('' when the page does not say) reads a numeric date the page's way (human-time.ts),
  // and whatever the parser cannot read. Site readers without it keep the parser alone, but for a
  // dotted date (the parser would read "05.12.2026" as May 12).
  const human = lang !== undefined;
  const local =
    (human && (DAY_OR_MONTH_FIRST.test(text) || DASHED_DATE.test(text))) || DOTTED_DATE.test(text) ? humanTime(text, { lang }) : undefined;
  if (local) return local;
  const millis = Date.parse(text) || Date.parse(text.replace(UNKNOWN_ZONE, ''));
  // The parser takes an order number for a year ("CJ-48213" is the year 48213): no message is that old or new.
  if (millis > 0 && millis < LATEST && writesYear(text, new Date(millis))) return new Date(millis).toISOString();
  // A date with its year the parser cannot read ("lør. 28. nov. 2026 09.12") is read the human way on any page.
  return human || FOUR_DIGITS.test(text) ? humanTime(text, { lang }) : undefined;
}

/**
 * The parser makes up a year where the text writes none ("28. nov." is 2001) and takes a time for one
 * ("fre. 4. dec. 07.55" is 2007): its year counts only when the text writes it, as four digits or,
 * with none, as two closing a numeric date ("11/23/26").
 */
function writesYear(text: string, date: Date): boolean {
  // Local or UTC: "2026-01-01T00:00Z" is still 2025 west of Greenwich.
  const years = [date.getFullYear(), date.getUTCFullYear()].map(String);
  const written = text.match(new RegExp(FOUR_DIGITS.source, 'g'));
  if (written) return written.some((year) => years.includes(year));
  return years.some((year) => new RegExp(`[-/']${year.slice(2)}(?!\\d)`).test(text));
}

/**
 * Oldest first. Sorted by time only when every item has one (a stable sort keeps the page's order
 * for equal times); otherwise the page's own order is kept, as sorting a partial set would scramble it.
 * `newestFirst` (./shown-order.ts): the page shows the thread newest on top, so its order is read
 * backwards, equal times too.
 */
export function chronological<T extends { sentAt?: string }>(shown: T[], newestFirst = false): T[] {
  const items = newestFirst ? [...shown].reverse() : shown;
  if (!items.every((item) => item.sentAt)) return items;
  // Each time parsed once, not once per comparison (a 200-message thread is ~1,500 comparisons).
  const times = items.map((item) => Date.parse(item.sentAt!));
  return items
    .map((_, index) => index)
    .sort((a, b) => times[a]! - times[b]!)
    .map((index) => items[index]!);
}
