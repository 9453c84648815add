/**
 * The customer's address written as plain text on a profile card ("E-mail sanne@…" in a details
 * list, no link, no field markup; a Gladly-like helpdesk 2026-12-05): the one address, not ours,
 * in the small card around the customer's name as shown outside the conversation.
 */
import { EVERY_EMAIL_IN_TEXT, emailAddress } from './people';
import { singleLine } from './text';

/** Text nodes looked at (a 1 MB page holds tens of thousands). */
const MAX_TEXT_NODES = 5000;
/** How far up from the name its card may reach, and how much a card may say. */
const CARD_LEVELS = 3;
const CARD_CHARS = 400;
/** The customer's name shown that often is a list of their messages, not a card: each costs a walk up. */
const MAX_NAMES = 20;
const MAX_LABEL = 20;

/** `name` and `ours` lower case. */
export function plainAddressBeside(doc: Document, name: string, conversation: Element | null, ours: readonly string[]): string | undefined {
  if (!doc.body) return undefined;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let named = 0;
  for (let seen = 0; seen < MAX_TEXT_NODES && walker.nextNode(); seen++) {
    if (singleLine(walker.currentNode.nodeValue, name.length + 1).toLowerCase() !== name) continue;
    if (++named > MAX_NAMES) break;
    let card = walker.currentNode.parentElement;
    if (!card || conversation?.contains(card) || card.closest('[hidden]')) continue;
    for (let level = 0; card && level < CARD_LEVELS; level++, card = card.parentElement) {
      const text = singleLine(card.textContent, CARD_CHARS + 1);
      if (text.length > CARD_CHARS || (conversation && card.contains(conversation))) break;
      const addresses = addressesIn(card, ours);
      // Two addresses in one card: whose is whose is not shown.
      if (addresses.size === 1) return [...addresses][0];
      if (addresses.size > 1) break;
    }
  }
  return undefined;
}

/** Each text of the card on its own: the page's blocks would run "…@example.ptPhone" together. */
function addressesIn(card: Element, ours: readonly string[]): Set<string> {
  const found = new Set<string>();
  const texts = card.ownerDocument.createTreeWalker(card, 4 /* NodeFilter.SHOW_TEXT */);
  while (texts.nextNode())
    for (const raw of texts.currentNode.nodeValue?.match(EVERY_EMAIL_IN_TEXT) ?? []) {
      const email = emailAddress(raw);
      // The address alone or after one label word ("E-mail:"): "wrote from nora@old… last year" is a note about it.
      const rest = texts.currentNode.nodeValue!.replace(raw, '').trim();
      if (email && !ours.includes(email) && rest.length <= MAX_LABEL && !/\s/.test(rest)) found.add(email);
    }
  return found;
}
