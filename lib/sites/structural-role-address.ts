/**
 * An address the page labels as the customer's, beside the conversation: "Buyer e-mail (Amazon relay):
 * 7kq…@marketplace.amazon.com.br" in an order panel (Seller Central-like, 2026-12-06), "E-mail do comprador",
 * "Kunden-E-Mail" before a value. The short label in front of it names the customer's role (the role words
 * of structural-role-label-words.json), so it is theirs even where the panel does not show their name.
 * Page chrome (a footer's "Customer service: help@…") and our own addresses are never taken.
 */
import { CHROME } from './generic-selectors';
import { EMAIL_IN_TEXT, emailAddress } from './people';
import { fromWords } from './reader-words';
import { singleLine } from './single-line';

/** A role word opening one of the label's words ("Buyer", "Käufers", "comprador"). */
const CUSTOMER_WORD = fromWords((words) => new RegExp(`(?<!\\p{L})(?:${words.customerLabels})`, 'iu'));
/** A label says what the value is in a few words; more is a sentence about an address. */
const MAX_LABEL_WORDS = 4;
const MAX_LABEL_CHARS = 60;
/** Text nodes looked at (a 1 MB page holds tens of thousands). */
const MAX_TEXT_NODES = 5000;

/** `ours`: our addresses, lower case. */
export function roleLabelledAddress(doc: Document, conversation: Element | null, ours: readonly string[]): string | undefined {
  const walker = doc.createTreeWalker(doc.body ?? doc, 4 /* NodeFilter.SHOW_TEXT */);
  for (let seen = 0; seen < MAX_TEXT_NODES && walker.nextNode(); seen++) {
    const text = walker.currentNode.nodeValue ?? '';
    const match = text.includes('@') ? EMAIL_IN_TEXT.exec(text) : null;
    const email = match ? emailAddress(match[0]) : undefined;
    const element = walker.currentNode.parentElement;
    if (!email || !element || ours.includes(email) || conversation?.contains(element)) continue;
    if (element.closest(`[hidden], ${CHROME}`)) continue;
    // The label is written in front of the address, or is the element before its own (`<dt>`, a label `<span>`).
    const label =
      singleLine(text.slice(0, match!.index), MAX_LABEL_CHARS + 1) ||
      singleLine(element.previousElementSibling?.textContent, MAX_LABEL_CHARS + 1);
    if (isCustomerLabel(label)) return email;
  }
  return undefined;
}

function isCustomerLabel(label: string): boolean {
  return label.length <= MAX_LABEL_CHARS && label.split(' ').length <= MAX_LABEL_WORDS && CUSTOMER_WORD().test(label);
}
