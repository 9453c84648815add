/**
 * A day separator above a message: chat-style threads show only a clock on each message ("6:12 PM")
 * and the day once, on a line between messages ("Sat, 5 Dec 2026", "Yesterday", "Heute"; Seller
 * Central-like, 2026-12-07). Its text is what that line says, when one sits between the message and
 * the message before it. Two clocks under different separators are not comparable ("6:12 PM" on
 * Saturday is before "8:47 AM" today), and the separators order the thread themselves (./shown-order.ts).
 * A separator is a short line that says a date and nothing else, whatever its markup (`role="separator"`
 * or a plain div): dates are read as ./shown-moment.ts reads them, in the readers' languages.
 */
import { clockIn } from './human-time';
import { shownMoment } from './shown-moment';
import { singleLine } from './single-line';
import { firstClass } from './structural-opening-body';

/** Lines looked at above a message before the message above it: a separator is right above, after a few status rows at most. */
const MAX_STEPS = 6;
/** A separator's line is short; a longer one is a message or a notice. */
const MAX_CHARS = 40;
/** Elements inside a separator: a line, maybe wrapped, with an icon or a time element. */
const MAX_CHILDREN = 3;
/** Wrappers a message may sit in (a row around a bubble) while the separator is a sibling of the row. */
const MAX_LEVELS = 2;

export function dayAbove(block: Element): string | undefined {
  let node: Element | null = block;
  for (let level = 0; node && level <= MAX_LEVELS; level++, node = node.parentElement) {
    if (node.previousElementSibling) return dayBefore(node);
  }
  return undefined;
}

function dayBefore(row: Element): string | undefined {
  let sibling = row.previousElementSibling;
  for (let step = 0; sibling && step < MAX_STEPS; step++, sibling = sibling.previousElementSibling) {
    const day = daySaid(sibling);
    if (day) return day;
    // The message above (a row of the same kind whatever its side's modifier, or any row that says more than a
    // status line, as a wrapper may hide its kind): no separator between the two.
    if ((sibling.localName === row.localName && firstClass(sibling) === firstClass(row)) || saysMore(sibling)) return undefined;
  }
  return undefined;
}

/** A status row above a message is a line; a row saying more is a message (or holds one). */
const MAX_STATUS_CHARS = 200;
const saysMore = (row: Element) => (row.textContent ?? '').length > MAX_STATUS_CHARS;

/** The date a line says when it says only a date (no clock: a clock belongs to a message or an event). */
function daySaid(line: Element): string | undefined {
  if (line.childElementCount > MAX_CHILDREN) return undefined;
  const text = singleLine(line.textContent, MAX_CHARS + 1);
  if (text.length < 3 || text.length > MAX_CHARS || clockIn(text.toLowerCase())) return undefined;
  const moment = shownMoment(undefined, text);
  return moment.at !== undefined || moment.day !== undefined ? text : undefined;
}
