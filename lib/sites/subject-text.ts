/**
 * A subject as the page shows it, without what the page writes around it: the field label in front
 * ("Betreff: ", "件名：", "Objet : "; structural-subject-words.json, nine languages). A title bar that
 * holds a heading is titled by its heading: the source icon, counters and status badges beside it
 * ("✉", "2 tickets merged", "Open") are not its words; a heading's own buttons and hidden tooltips
 * are not read (text.ts).
 */
import { HEADING } from './generic-selectors';
import { fromWords } from './reader-words';
import { readableText, singleLine } from './text';

const FIELD_LABEL = fromWords((words) => new RegExp(`^(?:${words.fieldLabels})\\s*[:：]\\s*`, 'iu'));
export const withoutFieldLabel = (text: string): string => text.replace(FIELD_LABEL(), '');

/** The words of a title (a heading, or an element named for the subject, or the heading inside it), on one line. */
export const titleText = (element: Element, max = 300): string =>
  withoutFieldLabel(
    singleLine(readableText(tooltipped(element.matches(HEADING) ? element : (element.querySelector(HEADING) ?? element))), max),
  );

/** Children of a title looked at for the one its tooltip repeats. */
const MAX_PARTS = 8;

/**
 * A title whose subject shows its whole text in a tooltip (`title` equal to its text, as a subject
 * that may be cut short does) beside chips of its own (a category "Filipiny", a label): the subject is
 * that part, the chips are not its words (Outlook's reading pane, 2026-12-06).
 */
export function tooltipped(title: Element): Element {
  const parts = title.children;
  for (let index = 0; index < parts.length && index < MAX_PARTS; index++) {
    const part = parts[index]!;
    const text = singleLine(part.textContent, 301);
    if (text.length >= 3 && singleLine(part.getAttribute('title'), 301) === text && parts.length > 1) return part;
  }
  return title;
}

const BUTTON = 'button,[role=button]';

/**
 * A heading over a choice of buttons ("What would you like to do?" over "Issue full refund", "Send a
 * replacement"): a call to action. A question alone is not one: customers' subjects ask ("Where is my
 * order?"); nor is a subject with one tool beside it (Outlook's Copilot "Zusammenfassen", 2026-12-05).
 */
export const asksTheUser = (heading: Element): boolean =>
  !!heading.nextElementSibling?.matches(BUTTON) && !!heading.nextElementSibling.nextElementSibling?.matches(BUTTON);

/** A heading that is a link to another page names the item a marketplace thread is about. */
export const isItemHeading = (heading: Element, text: string): boolean =>
  singleLine(heading.querySelector('a[href^="http"],a[href^="/"]')?.textContent, 300) === text;
