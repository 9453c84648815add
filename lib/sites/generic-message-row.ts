/**
 * A table row that is a message: table-layout helpdesks (Jitbit-like, osTicket-like, old forum
 * software; 2026-12-07) render each reply as a `<tr class="comment …">` with the author in one cell
 * and the text in the next. Rows are otherwise records (an order list, an inbox list) and are passed
 * over by the sibling-group finder (./generic-groups.ts); a row whose class names it a message is not.
 */
import { boundedAttribute as attribute } from './bounded-attribute';
import { MESSAGE_CLASS_WORDS } from './generic-selectors';

export function isMessageRow(element: Element): boolean {
  return element.localName === 'tr' && MESSAGE_CLASS_WORDS.test(attribute(element, 'class'));
}
