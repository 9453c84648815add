/**
 * A line that is only a date or a time, as a message's header shows it ("Nov 18", "8:41 AM",
 * "19:48 (hace 16 horas)", "12m ago"): never the message's words (./generic-message-text.ts).
 */
import { isoTime } from './time';
import { humanTime } from '@/lib/sites/human-time';

/** "Пн 30.11.2026 19:05", "Nov 18, 2026", "30 thg 11, 2026, 20:14" (Vietnamese writes the month "thg 11"). */
const DATE_LINE =
  /^(?:\p{L}{2,10}\.?,?\s+)?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}[:.]\d{2}\s*(?:am|pm|uhr|h)?|\p{L}{3,10}\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}{3,10}\.?(?:\s\d{1,2})?)(?:,?\s+\d{4})?(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?$/iu;
/** How long ago, in brackets after the time: "(2 hours ago)", "(vor einer Stunde)", "(לפני יומיים)", with or without a digit. */
const AGO_IN_BRACKETS = /\s*\([^()]{1,40}\)$/;

/** A line that is only a date or a time ("Nov 18", "8:41 AM", "19:48 (hace 16 horas)", "12m ago"). */
export function isDateLine(line: string): boolean {
  // Mail clients add how long ago in brackets: "8:41 AM (2 hours ago)".
  const time = line.replace(AGO_IN_BRACKETS, '');
  if (time.length > 40) return false;
  // A fresh message's byline says how long ago ("12m ago", "vor 5 Min."; Etsy-like 2026-12-07) where older ones say the date.
  return isoTime(time) !== undefined || DATE_LINE.test(time) || (/\d/.test(time) && humanTime(time.toLowerCase()) !== undefined);
}
