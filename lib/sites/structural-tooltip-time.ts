/**
 * A message's exact time in a tooltip. Helpdesks and chats show a relative or short time ("10
 * minutes ago", "19:40") and keep the full date in the element's `title` ("Fri, 4 Dec 2026 at
 * 10:31 AM", "28. Nov. 2026, 19:40"), whatever the element is called. That tooltip is both a sign
 * that a block is someone's message and the time that puts a newest-first thread in order.
 */
import { isoTime } from './time';
import { langOf } from './structural-shown-time';

/** Tooltips looked at per block. */
const MAX_TITLES = 8;
/** The word some locales put between the date and the time ("at", "um", "à", "a las", "om", "alle", "às"). */
const DATE_TIME_JOINER = /\s+(?:at|um|à|a las|om|alle|às|kl\.?)\s+(?=\d)/i;
/** A date has a year; a tooltip that is only a time or a name is not a date. */
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/;

/** The first tooltip in the block that holds a full date, as ISO 8601. */
export function tooltipTime(block: Element): string | undefined {
  return dated(block)?.time;
}

/** The element whose tooltip dates the block: its row is the message's header row. */
export function tooltipStamp(block: Element): Element | undefined {
  return dated(block)?.stamp;
}

function dated(block: Element): { stamp: Element; time: string } | undefined {
  // A page that says its language has its tooltips' numeric dates read its way ("sáb 05/12/2026" is in
  // December on a Spanish page); one that does not keeps the parser's reading.
  const lang = langOf(block) || undefined;
  const titled = block.querySelectorAll('[title]');
  for (let index = 0; index < titled.length && index < MAX_TITLES; index++) {
    const time = tooltipDate(titled[index]!.getAttribute('title')?.slice(0, 100) ?? '', lang);
    if (time) return { stamp: titled[index]!, time };
  }
  return undefined;
}

export function tooltipDate(title: string, lang?: string): string | undefined {
  if (!YEAR.test(title)) return undefined;
  return isoTime(title.replace(DATE_TIME_JOINER, ' '), lang);
}
