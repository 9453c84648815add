/**
 * A date written out with its year and nothing else ("29 Nov, 2026", "3. prosince 2026"): in a
 * message's first row beside a name it is the row's date, so the row is the sender's, whatever the
 * build calls its parts (hashed classes, no `time` element: an older marketplace message page,
 * 2026-12-04). Alone on a row it is a day separator, which ./structural-time-row-name.ts never takes:
 * it asks for a name beside it.
 */
import { asciiDigits } from './ascii-digits';
import { isoTime } from './time';
import { langOf } from './structural-shown-time';

const MAX_CHARS = 30;
/** A day, a month and the year; a weekday at most besides. */
const MAX_WORDS = 2;
const YEAR = /(?:^|\D)20\d{2}(?:\D|$)/;
/** The day of the month beside the year: a year alone ("2026") or with a month only is no message's date. */
const DAY = /(?:^|\D)\d{1,2}(?:\D|$)/;
const WORD = /\p{L}+/gu;

export function isWrittenDate(element: Element): boolean {
  const text = asciiDigits(element.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length > MAX_CHARS || !YEAR.test(text) || !DAY.test(text) || (text.match(WORD) ?? []).length > MAX_WORDS) return false;
  return isoTime(text, langOf(element)) !== undefined;
}
