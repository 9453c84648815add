/**
 * A subject as the page shows it, without what the page writes around it: the field label in front
 * ("Betreff: ", "件名：", "Objet : "; structural-subject-words.json, nine languages), and in a title
 * bar its icons (glyph-only text, images, `aria-hidden` marks), buttons, counters and status badges
 * ("✉", "2 tickets merged", "Open"). A bar that holds a heading is titled by its heading.
 */
import { HEADING } from './generic-selectors';
import { fieldLabels } from './structural-subject-words.json';
import { readableText, singleLine } from './text';

const FIELD_LABEL = new RegExp(`^(?:${fieldLabels})\\s*[:：]\\s*`, 'iu');
/** Parts of a title bar that are not its words (class words as the common UI kits name them, 2026-12-05). */
const NOT_TITLE =
  '[role="button"], [aria-hidden="true"], svg, img, [class*="badge" i], [class*="count" i], [class*="status" i], [class*="pill" i]';
/** Links to another page: a heading that is one names the item the conversation is about. */
const BUTTON = 'button, [role="button"]';
const PAGE_LINK = 'a[href]:not([href^="#"], [href^="mailto:" i], [href^="javascript:" i])';

export function withoutFieldLabel(text: string): string {
  return text.replace(FIELD_LABEL, '');
}

/** The words of a title (a heading, or an element named for the subject), on one line. */
export function titleText(element: Element, max = 300): string {
  const title = element.matches(HEADING) ? element : (element.querySelector(HEADING) ?? element);
  const copy = title.cloneNode(true) as Element;
  for (const part of Array.from(copy.querySelectorAll('*')))
    if (part.matches(NOT_TITLE) || !/[\p{L}\p{N}]/u.test(part.textContent ?? '')) part.remove();
  // Glyphs written straight into the title ("✉ Lámpara…") go too.
  return withoutFieldLabel(singleLine(readableText(copy), max).replace(/^(?:\p{So}|\uFE0F|\u200D|\s)+/u, ''));
}

/**
 * A heading over a row of buttons ("What would you like to do?", "Choose an action"): a call to
 * action. A question alone is not one: customers' subjects ask ("Where is my order?").
 */
export function asksTheUser(heading: Element): boolean {
  const next = heading.nextElementSibling;
  return (
    next !== null &&
    (next.matches(BUTTON) ||
      (next.childElementCount > 1 && next.querySelectorAll(`:scope > :is(${BUTTON})`).length === next.childElementCount))
  );
}

/** A heading that is a link to another page (the item a marketplace thread is about). */
export function isItemHeading(heading: Element, text: string): boolean {
  const link = heading.querySelector(PAGE_LINK);
  return link !== null && singleLine(link.textContent, 300) === text;
}
