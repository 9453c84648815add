/**
 * The customer's name as the page writes it in full, when the messages give less of it.
 * A marketplace names its members by handle in the messages ("claire_dlt75") and by their real
 * name once, beside the handle in parentheses, on the order card: "Acheté par Claire Delatour
 * (claire_dlt75)", "Sold to Caleb Wright (caleb_wright_mt)". When the customer is known only by a
 * handle, the person's name written just before "(handle)" anywhere on the page is their name.
 * A chat signs with the given name only ("Zeynep") while the order card or the header above shows
 * the full one ("Alıcı: Zeynep Aydın"): a text outside the conversation that is that name and one or
 * two more capitalised words (after a field label, if any) is the fuller name, unless the page shows
 * two such names (another Zeynep in the inbox list is another person).
 */
import type { Person } from '@/lib/schemas/ticket';
import { handleOwnerName } from '@/lib/sites/structural-handle-owner';

/** Text nodes looked at (a 1 MB page holds tens of thousands). */
const MAX_TEXT_NODES = 5000;
/** One token with no spaces and a digit, underscore, dot or hyphen, or all lower case: a handle, not a name. */
const HANDLE = /^(?=\S*[\d_.-]|[^\p{Lu}\s]+$)[\p{L}\p{N}._-]{3,40}$/u;
/** One capitalised word: a given name. */
const GIVEN_NAME = /^\p{Lu}[\p{Ll}'’]{1,30}$/u;
/** Two or three capitalised words just before the parenthesis. */
const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2})\s*$/u;
/** Rows of a list (other conversations beside this one): a name there may be another person's. */
const LIST_ROW = 'li, [role="option"], [role="row"], [role="listitem"]';

export function withDisplayName(doc: Document, customer: Person, conversation?: Element | null): Person {
  const shown = customer.name ?? '';
  const handle = HANDLE.test(shown);
  if ((!handle && !GIVEN_NAME.test(shown)) || !doc.body) return customer;
  const needle = `(${shown.toLowerCase()})`;
  // "Zeynep Aydın", "Alıcı: Zeynep Aydın", "Sanne de Boer": the given name, then capitalised words (a particle between).
  const fuller = new RegExp(`^(?:[^:]{1,30}:\\s*)?(${shown}(?:\\s+(?:\\p{Ll}{1,3}\\s+)?\\p{Lu}[\\p{L}'’-]*){1,2})$`, 'u');
  const found = new Set<string>();
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let seen = 0; seen < MAX_TEXT_NODES && walker.nextNode(); seen++) {
    const value = walker.currentNode.nodeValue ?? '';
    const name = handle ? value.toLowerCase().includes(needle) : fuller.exec(value.replace(/\s+/g, ' ').trim())?.[1];
    const element = walker.currentNode.parentElement;
    if (!name || !element || element.closest('[hidden], script, style, template')) continue;
    if (typeof name === 'string') {
      if (!conversation?.contains(element) && !element.closest(LIST_ROW)) found.add(name);
      continue;
    }
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').slice(0, 500);
    const at = text.toLowerCase().indexOf(needle);
    const before = at > 0 ? NAME_BEFORE.exec(text.slice(0, at))?.[1] : undefined;
    if (before) return { ...customer, name: before };
  }
  if (found.size === 1) return { ...customer, name: [...found][0]! };
  // A profile card's name over the "@handle" line (./structural-handle-owner.ts).
  const owner = handle ? handleOwnerName(doc, shown, conversation) : undefined;
  return owner ? { ...customer, name: owner } : customer;
}
