/**
 * Marketplaces write the sender's role where a name would go: "購入者：中村 美咲", "Buyer: Jane
 * Doe", or only "Comprador" on every buyer card. The role is a label, never part of the name
 * (structural-role-label-words.json, nine languages): it is cut from the front of a sender line,
 * and a line that is only a role names nobody (the role itself is read from the block's classes
 * and labels). Such a page names the buyer where it pairs the same label with a value: an order
 * card's "Comprador | Mª José Gutiérrez Ramos".
 */
import { customerLabels, shopLabels } from './structural-role-label-words.json';
import { singleLine } from './text';

// The labels are plain words (structural-role-label.test.ts checks), joined into patterns as they are.
/** "Buyer: ", "購入者：", or the whole line; a name merely starting with the word ("Clienti Rossi") stays. */
const ROLE_LABEL = new RegExp(`^\\s*(?:${[...customerLabels, ...shopLabels].join('|')})\\s*(?:[:：]\\s*|$)`, 'iu');
const CUSTOMER_LABEL = new RegExp(`^(?:${customerLabels.join('|')})\\s*[:：]?$`, 'iu');
/** Where a card writes a label beside its value: definition lists, table rows, form labels. */
const LABELS = 'dt, th, label';
const MAX_LABELS = 60;

export function withoutRoleLabel(name: string): string {
  return name.replace(ROLE_LABEL, '');
}

/** The value a card outside the conversation pairs with a customer's role label ("Comprador" → the name). */
export function nameByRoleLabel(doc: Document, conversation: Element | null): string | undefined {
  const labels = doc.querySelectorAll(LABELS);
  for (let index = 0; index < labels.length && index < MAX_LABELS; index++) {
    const label = labels[index]!;
    if (conversation?.contains(label) || !CUSTOMER_LABEL.test(singleLine(label.textContent, 40))) continue;
    const value = singleLine(label.nextElementSibling?.textContent, 81);
    // A name: no address, no number ("Customer | since 2021" names nobody).
    if (value.length >= 2 && value.length <= 80 && !/[@\d]/.test(value)) return value;
  }
  return undefined;
}
