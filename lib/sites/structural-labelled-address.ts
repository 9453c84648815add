/**
 * A contact pane's address shown under a label and nothing else marking it: "E-mail | sandrine@…"
 * as two plain elements side by side (Freshdesk's new ticket page, 2026-12-05), "Courriel",
 * "E-Mail-Adresse", "이메일" in other languages (contact-field-words.json). The value is the
 * label's next element; whose card it is, and whether the address is ours, is judged by the caller
 * (./structural-customer.ts) as for any other address beside the conversation.
 */
import { emailLabels } from './contact-field-words.json';
import { singleLine } from './text';

const EMAIL_LABELS = new Set(emailLabels);
/** Elements pages write a field's label in. */
const LABEL = 'dt, th, label, [class*="label" i], [class*="key" i]';
/** Labels looked at, on any page. */
const MAX_LABELS = 200;
const MAX_LABEL_CHARS = 30;

/** The elements that follow a label naming an address field. */
export function labelledValues(doc: Document): Element[] {
  const values: Element[] = [];
  const labels = doc.querySelectorAll(LABEL);
  for (let index = 0; index < labels.length && index < MAX_LABELS; index++) {
    const label = labels[index]!;
    const value = label.nextElementSibling;
    // A label is a leaf: its text is read only then, so a container named "…-label" costs nothing.
    if (!value || label.firstElementChild !== null) continue;
    const text = singleLine(label.textContent, MAX_LABEL_CHARS + 1)
      .replace(/\s*[:：]$/, '')
      .toLowerCase();
    if (EMAIL_LABELS.has(text)) values.push(value);
  }
  return values;
}
