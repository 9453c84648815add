/**
 * A message's time shown as the plain text of an element of its own, with no `time` element,
 * `datetime` or tooltip ("30.11.2026 19:40", "27 nov. 2026, 20 h 05"): the date line of a chat
 * bubble or a message row, however the build names it. Like a sender line, it is a sign that the
 * block is someone's message, and its row is the message's header row.
 * A row's element whose whole text is a date with its year and time of day counts whatever it is
 * called (a name, a sentence or a day separator "30. November 2026" never reads as one); one the
 * page names for time (`…__time`, `…-date`) also with a relative day ("Hier, 21 h 47").
 */
import { asciiDigits } from './ascii-digits';
import { TIMESTAMP } from './generic-selectors';
import { isoTime } from './time';
import { innerBox } from './structural-inner-box';
import { unwrapped } from './bare-wrapper';
/** Elements looked at per block, and the longest date line. */
const MAX_ROWS = 30;
const MAX_CHARS = 40;
const READ_ELSEWHERE = 'time, [datetime], [title]';
const WORD = /\p{L}+/gu;
const MAX_WORDS = 3;
/** Gregorian, or Solar Hijri on a Persian page ("1405/09/12"): time.ts says which it reads. */
const YEAR = /(?:^|\D)(?:1[349]|20)\d{2}(?:\D|$)/;
/** A time of day ("19:40", "20 h 05"): a message's date line says when in the day (a dotted "05.12.2026" is a date only). */
const TIME_OF_DAY = /(?:^|\D)\d{1,2}\s?[:h]\s?\d{2}(?:\D|$)/;

export interface ShownTime {
  stamp: Element;
  time: string;
}

/** The first of the block's rows that shows its time as text, as ISO 8601. */
export function shownTime(block: Element): ShownTime | undefined {
  // A block that wraps all it shows in one box has its rows inside that box (./structural-inner-box.ts).
  const rows = rowsOf(innerBox(block));
  for (let index = 0; index < rows.length && index < MAX_ROWS; index++) {
    const row = rows[index]!;
    // A `time` element or a tooltip is read by its own reader, which may rightly refuse it (a relative time beside a date it cannot read).
    if (row.childElementCount > 0 || row.matches(READ_ELSEWHERE)) continue;
    const time = dateLineTime(row, row.matches(TIMESTAMP));
    if (time) return { stamp: row, time };
  }
  return undefined;
}

/**
 * The box's rows and their parts (its header, its date line), not the elements deep in its text, in
 * page order. A bare wrapper around a row or a part (a build's layout div, ./generic-groups.ts) is
 * looked through: it adds nothing a reader sees. Not into a paragraph: that is the message's text.
 */
function rowsOf(box: Element): Element[] {
  const rows: Element[] = [];
  for (let child = box.firstElementChild; child && rows.length < MAX_ROWS; child = child.nextElementSibling) {
    const row = throughWrappers(child);
    rows.push(row);
    for (let part = row.firstElementChild; part && rows.length < MAX_ROWS; part = part.nextElementSibling) rows.push(throughWrappers(part));
  }
  return rows;
}

function throughWrappers(element: Element): Element {
  const inner = unwrapped(element);
  return inner.localName === 'p' ? element : inner;
}

/** The time an element's short text says when it is a date line: a time of day, and a year unless the page names it for time. */
export function dateLineTime(element: Element, named = false): string | undefined {
  return dateTextTime(element.textContent ?? '', langOf(element), named);
}

export function dateTextTime(raw: string, lang: string, named = false): string | undefined {
  const text = asciiDigits(raw).replace(/\s+/g, ' ').trim();
  if (text.length > MAX_CHARS || !TIME_OF_DAY.test(text) || !(named || YEAR.test(text))) return undefined;
  // A date says at most a weekday, a month and a joiner ("Wed 2 Dec 2026 at 19:58"); more words are a sentence.
  if ((text.match(WORD) ?? []).length > MAX_WORDS) return undefined;
  return isoTime(text, lang);
}

/** The page's language says how it writes a date ("04/12/2026" is in December on an Italian page). */
export function langOf(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang')?.slice(0, 20) ?? '';
}
