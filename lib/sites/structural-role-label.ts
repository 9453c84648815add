/**
 * Marketplaces write the sender's role where a name would go: "購入者：中村 美咲", "Buyer: Jane
 * Doe", or only "Comprador" on every buyer card. The role is a label, never part of the name
 * (structural-role-label-words.json, nine languages): it is cut from the front of a sender line,
 * and a line that is only a role names nobody (the role itself is read from the block's classes
 * and labels). Such a page names the buyer where it pairs the same label with a value: an order
 * card's "Comprador | Mª José Gutiérrez Ramos".
 */
import { fromWords } from './reader-words';
import { singleLine } from './single-line';

// The labels are plain words (structural-role-label.test.ts checks), joined into patterns as they are.
/**
 * A role label in front of a sender's name, to cut: "Buyer: ", "購入者：", or the whole line; a
 * name merely starting with the word ("Clienti Rossi") stays.
 */
export const ROLE_LABEL = fromWords((words) => new RegExp(`^\\s*(?:${words.customerLabels}|${words.shopLabels})\\s*(?:[:：]\\s*|$)`, 'iu'));
/** A card's label that heads the customer's name ("Comprador", "Buyer:"). */
const CUSTOMER_LABEL = fromWords((words) => new RegExp(`^(?:${words.customerLabels})\\s*[:：]?$`, 'iu'));

/** The value a card outside the conversation pairs with a customer's role label ("Comprador" → the name): a name, no address or number. */
export function nameByRoleLabel(doc: Document, conversation: Element | null): string | undefined {
  for (const label of Array.from(doc.querySelectorAll('dt')).slice(0, 60)) {
    const value = singleLine(label.nextElementSibling?.textContent, 81);
    if (!conversation?.contains(label) && CUSTOMER_LABEL().test(singleLine(label.textContent, 40)) && /^[^@\d]{2,80}$/.test(value))
      return value;
  }
  return undefined;
}
