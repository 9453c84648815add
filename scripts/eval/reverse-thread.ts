/**
 * The `reverse-thread` layout mutation (./layout-mutations.ts): the thread shown newest first, as a
 * newest-first build of the same product shows it. Where the page dates its messages, they swap
 * places; a day line between them ("Yesterday", "3 December", "Heute") stays the heading of what
 * sits under it, so the day's items move with it: the newest day comes first, its newest message
 * right under its day line. Other undated items (status lines, offer cards) keep their place among
 * their day's messages.
 */
import { clockIn } from '@/lib/sites/human-time';
import { shownMoment } from '@/lib/sites/shown-moment';
import { singleLine } from '@/lib/sites/single-line';

const DATED = 'time, [datetime]';
/** A day line says a date and nothing else: short, with no clock (a clock belongs to a message or an event). */
const MAX_DAY_LINE = 40;

export function reverseThread(doc: Document): boolean {
  const thread = datedThread(doc);
  if (!thread) return false;
  const children = [...thread.parent.children];
  const moved = (child: Element) => isDayLine(child) || thread.dated.includes(child);
  // What sits before the first message or day line and after the last (a "load earlier" button, a typing line) stays.
  const span = children.slice(children.findIndex(moved), children.findLastIndex(moved) + 1);
  const slots = span.map((item) => {
    const marker = doc.createComment('slot');
    thread.parent.replaceChild(marker, item);
    return marker;
  });
  const order = dayGroups(span)
    .reverse()
    .flatMap(({ day, items }) => [...(day ? [day] : []), ...datedReversed(items, thread.dated)]);
  slots.forEach((slot, index) => thread.parent.replaceChild(order[index]!, slot));
  return true;
}

/** Each day line with what sits under it until the next, in page order; what sits above the first day line under none. */
function dayGroups(span: Element[]): Array<{ day?: Element; items: Element[] }> {
  const groups: Array<{ day?: Element; items: Element[] }> = [];
  for (const item of span) {
    if (isDayLine(item)) groups.push({ day: item, items: [] });
    else {
      if (groups.length === 0) groups.push({ items: [] });
      groups.at(-1)!.items.push(item);
    }
  }
  return groups;
}

/** The dated items swap places, newest first; an undated one (a status line, an offer card) keeps its place among them. */
function datedReversed(items: Element[], dated: Element[]): Element[] {
  const newestFirst = items.filter((item) => dated.includes(item)).reverse();
  let next = 0;
  return items.map((item) => (dated.includes(item) ? newestFirst[next++]! : item));
}

/**
 * A line that says only a day: no time element in it (or one holding all its text), short, no clock,
 * read as a day by the readers' date words (whatever the language).
 */
function isDayLine(element: Element): boolean {
  const text = singleLine(element.textContent, MAX_DAY_LINE + 1);
  const times = [...element.querySelectorAll(DATED)];
  if (element.matches(DATED)) times.push(element);
  if (times.length > 0 && !times.some((time) => singleLine(time.textContent, MAX_DAY_LINE + 1) === text)) return false;
  if (text.length < 3 || text.length > MAX_DAY_LINE || clockIn(text.toLowerCase())) return false;
  const moment = shownMoment(undefined, text);
  return moment.at !== undefined || moment.day !== undefined;
}

/**
 * The thread as the page dates it: the element with the most children that each carry a date
 * (the deepest on a tie), and those children. Null when no element has two.
 */
function datedThread(doc: Document): { parent: Element; dated: Element[] } | null {
  let best: { parent: Element; dated: Element[] } | null = null;
  for (const parent of doc.body.querySelectorAll('*')) {
    const dated = [...parent.children].filter((child) => !isDayLine(child) && (child.matches(DATED) || child.querySelector(DATED)));
    if (dated.length >= 2 && dated.length >= (best?.dated.length ?? 0)) best = { parent, dated };
  }
  return best;
}
