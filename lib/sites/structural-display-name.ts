/**
 * A marketplace names its members by handle in the messages ("claire_dlt75") and by their real
 * name once, beside the handle in parentheses, on the order card: "Acheté par Claire Delatour
 * (claire_dlt75)", "Sold to Caleb Wright (caleb_wright_mt)". When the customer is known only by a
 * handle, the person's name written just before "(handle)" anywhere on the page is their name.
 */
import type { Person } from '@/lib/schemas/ticket';

/** Text nodes looked at (a 1 MB page holds tens of thousands). */
const MAX_TEXT_NODES = 5000;
/** One token with no spaces and a digit, underscore, dot or hyphen, or all lower case: a handle, not a name. */
const HANDLE = /^(?=\S*[\d_.-]|[^\p{Lu}\s]+$)[\p{L}\p{N}._-]{3,40}$/u;
/** Two or three capitalised words just before the parenthesis. */
const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2})\s*$/u;

export function withDisplayName(doc: Document, customer: Person): Person {
  const handle = customer.name;
  if (!handle || !HANDLE.test(handle) || !doc.body) return customer;
  const needle = `(${handle.toLowerCase()})`;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let seen = 0; seen < MAX_TEXT_NODES && walker.nextNode(); seen++) {
    if (!(walker.currentNode.nodeValue ?? '').toLowerCase().includes(needle)) continue;
    const element = walker.currentNode.parentElement;
    if (!element || element.closest('[hidden], script, style, template')) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').slice(0, 500);
    const at = text.toLowerCase().indexOf(needle);
    const name = at > 0 ? NAME_BEFORE.exec(text.slice(0, at))?.[1] : undefined;
    if (name) return { ...customer, name };
  }
  return customer;
}
