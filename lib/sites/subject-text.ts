/**
 * A subject as the page shows it, without what the page writes around it: the field label in front
 * ("Betreff: ", "件名：", "Objet : "; structural-subject-words.json, nine languages). A title bar that
 * holds a heading is titled by its heading: the source icon, counters and status badges beside it
 * ("✉", "2 tickets merged", "Open") are not its words; a heading's own buttons and hidden tooltips
 * are not read (text.ts).
 */
import { HEADING } from './generic-selectors';
import { fromWords } from './reader-words';
import { readableText } from './text';
import { singleLine } from './single-line';

const FIELD_LABEL = fromWords((words) => new RegExp(`^(?:${words.fieldLabels})\\s*[:：]\\s*`, 'iu'));
export const withoutFieldLabel = (text: string): string => text.replace(FIELD_LABEL(), '');

/** The words of a title (a heading, or an element named for the subject, or the heading inside it), on one line. */
export const titleText = (element: Element, max = 300): string =>
  withoutFieldLabel(
    singleLine(readableText(statedPart(element.matches(HEADING) ? element : (element.querySelector(HEADING) ?? element))), max),
  );

/** Parts of a title looked at for a tooltip. */
const MAX_PARTS = 6;

/**
 * The part of a title whose tooltip repeats it in full (`<span title="Order #PH-4471: …">Order #PH-4471: …</span>`,
 * a mail app's subject line, 2026-12-06): the page states the subject there, and a chip beside it (a category
 * "Filipiny", a counter) is not part of it. Only a part that holds most of the title counts: a tooltip on "Re:" is no subject.
 */
export function statedPart(title: Element): Element {
  const whole = singleLine(title.textContent, 301);
  const parts = title.querySelectorAll('[title]');
  for (let index = 0; index < parts.length && index < MAX_PARTS; index++) {
    const part = parts[index]!;
    const text = singleLine(part.textContent, 301);
    if (text.length >= 3 && text !== whole && text.length * 2 > whole.length && text === singleLine(part.getAttribute('title'), 301))
      return part;
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
