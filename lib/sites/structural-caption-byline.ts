/**
 * A chat bubble signed by its caption: a line of its own, under or over the text, that is the
 * sender's name and the date with its year, a separator between ("BrasaCouro · Nov 26, 2026",
 * "Ananya Hegde · Dec 6, 2026", an Etsy-like pane 2026-12-07). Neither part alone is a sender line
 * the usual selectors know (no time of day, no `time` element, no avatar beside a shop's bubble),
 * but together they say who wrote the bubble and when, and that it is someone's message.
 */
import { readsAsName } from './structural-lead-name';
import { tooltipDate } from './structural-tooltip-time';

/** Elements looked at per block; a caption is short. */
const MAX_ELEMENTS = 40;
const MAX_CAPTION = 80;
const SEPARATOR = /\s+[·•|]\s+/u;
/** A written date holds a few words at most (a month, "at", "PM"); more is a sentence. */
const MAX_DATE_WORDS = 3;
const WORD = /\p{L}+/gu;

export interface CaptionByline {
  name: string;
  time: string;
}

export function captionByline(block: Element): CaptionByline | undefined {
  const elements = block.querySelectorAll('*');
  for (let index = 0; index < elements.length && index < MAX_ELEMENTS; index++) {
    const element = elements[index]!;
    if (element.childElementCount > 0 || element.closest('[hidden], [aria-hidden="true"]')) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > MAX_CAPTION) continue;
    const parts = text.split(SEPARATOR);
    if (parts.length !== 2) continue;
    const [first, second] = parts as [string, string];
    const byline = signed(first, second) ?? signed(second, first);
    if (byline) return byline;
  }
  return undefined;
}

function signed(name: string, date: string): CaptionByline | undefined {
  if ((date.match(WORD)?.length ?? 0) > MAX_DATE_WORDS) return undefined;
  const time = tooltipDate(date);
  return time && readsAsName(name) ? { name, time } : undefined;
}
