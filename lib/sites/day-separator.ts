/**
 * The day a bare clock belongs to, on a chat page that shows only "8:14 PM" on each message and the
 * day once, on a separator line above that day's messages ("Saturday, Dec 5", "Today"; eBay-like,
 * 2026-12-07). Clocks of two days do not compare ("8:14 PM" on Saturday came before "11:02 AM" on
 * Sunday): the separator's day is put before the clock, so the two order as days (./shown-order.ts).
 */
import { shownMoment } from './shown-moment';
import { singleLine } from './single-line';

/** Siblings looked at above a message, and wrappers climbed out of to find them. */
const MAX_STEPS = 30;
const MAX_DEPTH = 2;
/** A separator is a short line of a few words ("Dienstag, 1. Dezember 2026"): a longer one is a message. */
const MAX_CHARS = 40;
const MAX_WORDS = 4;

/** `shown`: the message's time as shown; with the day of its separator before it when it is only a clock. */
export function withShownDay(block: Element, shown: string): string {
  if (shownMoment(undefined, shown).clock === undefined) return shown;
  const day = separatorAbove(block);
  return day ? `${day} ${shown}` : shown;
}

function separatorAbove(block: Element): string | undefined {
  let element: Element | null = block;
  for (let depth = 0; element && depth <= MAX_DEPTH; depth++, element = element.parentElement) {
    let steps = 0;
    for (let node = element.previousElementSibling; node && steps < MAX_STEPS; node = node.previousElementSibling, steps++) {
      const day = dayLine(node);
      if (day) return day;
    }
    // A wrapper's own siblings are looked at only when the message opens it (a build's layout div around each message).
    if (element.previousElementSibling) return undefined;
  }
  return undefined;
}

/** A plain line whose whole text is a day, without a clock: a separator, not a message's own time. */
function dayLine(node: Element): string | undefined {
  if (node.childElementCount > 0) return undefined;
  const text = singleLine(node.textContent, MAX_CHARS + 1);
  if (!text || text.length > MAX_CHARS || text.split(' ').length > MAX_WORDS) return undefined;
  const moment = shownMoment(undefined, text);
  return moment.clock === undefined && (moment.day !== undefined || moment.at !== undefined) ? text : undefined;
}
