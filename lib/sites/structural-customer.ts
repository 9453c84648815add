/**
 * The customer's address when their messages do not show it: helpdesks put it on a profile card
 * beside the conversation (requester fields, a customer sidebar, a folded drawer or order card). An
 * address counts only when it sits in a small container that also shows the customer's name and
 * is not one of ours, so the shop's own address or another ticket's requester is never taken.
 * Messages signed only with a role ("Comprador") are named by the card pairing that role with a name.
 */
import type { Person } from '@/lib/schemas/ticket';
import { EMAIL_IN_TEXT, emailAddress } from './people';
import { singleLine } from './single-line';
import { rememberedOutside } from './engine/outside-memo';
import { nameByRoleLabel } from './structural-role-label';
import { roleLabelledAddress } from './structural-role-address';
import { contactPanel } from './structural-contact-panel';

/**
 * Links and fields that hold an address, a details list's values ("Email | nora@…" in a sidebar or an
 * order card), and a chip whose tooltip is the address (a requester field showing the name only).
 */
const ADDRESSES =
  'a[href^="mailto:" i], [data-email], [class*="email" i], [data-test-id*="email" i], [data-testid*="email" i], dd, [title*="@"]';
/**
 * The plain value beside a field's label ("E-mail | sandrine@…", Freshdesk's new ticket page
 * 2026-12-05): whatever the label says, a value that is one address and nothing else is an address
 * field (told by shape: a list of label words in every language would not fit the content scripts).
 */
const LABELLED = ':is(label, th, [class*="label" i]) + *';
/**
 * Addresses looked at beside the conversation: a card shows a few. Only elements that hold one count,
 * as every value of a settings form or an order's details follows a label (LABELLED) and most are not addresses.
 */
const MAX_ADDRESSES = 40;
/** Elements looked at in all, addresses or not: a 1 MB page's forms may list thousands of labelled values. */
const MAX_ELEMENTS = 400;
/** Cards a page names for the customer (common patterns, 2026-12-04). */
const CUSTOMER_CARD =
  '[class*="customer" i], [class*="requester" i], [id*="customer" i], [id*="requester" i], [data-test-id*="customer" i], [data-testid*="customer" i], [data-cy*="customer" i], [data-test-id*="requester" i], [data-testid*="requester" i]';
const CARD_NAME = 'h1, h2, h3, h4, [class*="name" i], [data-cy*="name" i], [data-testid*="name" i], [data-test-id*="name" i]';
const MAX_CARDS = 20;
/** How far up from an address its card may reach, and how much a card may say. */
const CARD_LEVELS = 3;
const CARD_CHARS = 400;
/** Text nodes looked at for a plain address (a 1 MB page holds tens of thousands). */
const MAX_TEXT_NODES = 5000;

const CARD = {};

/** Kept until the page outside the conversation changes (./engine/outside-memo.ts). `ours`: our addresses, lower case. */
export function findCustomerCard(doc: Document, customer: Person, conversation: Element | null, ours: readonly string[]): Person {
  if (customer.email) return customer;
  return rememberedOutside(doc, conversation, CARD, [customer.name, ours], () => cardOf(doc, customer, conversation, ours));
}

/** The address in a small card outside the conversation that shows the customer's name and is not ours. */
function cardOf(doc: Document, found: Person, conversation: Element | null, ours: readonly string[]): Person {
  const card = found.name ? null : (namedCard(doc, conversation) ?? contactPanel(doc, conversation, ours));
  const shown = card ? undefined : (found.name ?? nameByRoleLabel(doc, conversation));
  // An address labelled as the buyer's is theirs wherever it sits (./structural-role-address.ts).
  const labelled = card ? undefined : roleLabelledAddress(doc, conversation, ours);
  if (labelled) return { ...found, ...(shown ? { name: shown } : {}), email: labelled };
  if (!shown) return card ?? found;
  const customer = { ...found, name: shown };
  const name = shown.toLowerCase();
  const addresses = doc.querySelectorAll(`${ADDRESSES}, ${LABELLED}`);
  for (let index = 0, seen = 0; index < addresses.length && index < MAX_ELEMENTS && seen < MAX_ADDRESSES; index++) {
    const element = addresses[index]!;
    if (conversation?.contains(element)) continue;
    const email = addressOf(element);
    if (!email) continue;
    seen++;
    // A chip titled with an address is the address of the person it names (a CC'd person beside the requester).
    const shown = element.hasAttribute('title') ? singleLine(element.textContent, 200).toLowerCase() : '';
    const other = /\p{L}/u.test(shown) && !shown.includes('@') && !shown.includes(name);
    if (email && !other && !ours.includes(email) && cardNames(element, name, conversation)) return { ...customer, email };
  }
  const plain = plainAddress(doc, name, conversation, ours);
  return plain ? { ...customer, email: plain } : customer;
}

/**
 * With no name to go by, only a card the page names for the customer (`customer-sidebar`,
 * `requester-info`, `customer-context`) is believed: its address, and the name it heads with.
 */
function namedCard(doc: Document, conversation: Element | null): Person | null {
  const cards = doc.querySelectorAll(CUSTOMER_CARD);
  for (let index = 0; index < cards.length && index < MAX_CARDS; index++) {
    const card = cards[index]!;
    if (conversation?.contains(card) || card.contains(conversation) || card.closest('[hidden]')) continue;
    if (singleLine(card.textContent, CARD_CHARS + 1).length > CARD_CHARS) continue;
    const address = card.querySelector(ADDRESSES);
    const email = address ? addressOf(address) : undefined;
    if (!email) continue;
    const name = singleLine(card.querySelector(CARD_NAME)?.textContent, 120);
    return { ...(name && !name.includes('@') ? { name } : {}), email };
  }
  return null;
}

function addressOf(element: Element): string | undefined {
  return (
    emailAddress(element.getAttribute('data-email') ?? element.getAttribute('title')) ??
    emailAddress(
      element
        .getAttribute('href')
        ?.replace(/^mailto:/i, '')
        .split('?')[0],
    ) ??
    emailAddress(singleLine(element.textContent, 300))
  );
}

/** A card sits beside the conversation: an element holding the conversation too is the page, not a card. */
function cardNames(element: Element, name: string, conversation: Element | null): boolean {
  let card: Element | null = element.parentElement;
  for (let level = 0; card && level < CARD_LEVELS; level++, card = card.parentElement) {
    const text = singleLine(card.textContent, CARD_CHARS + 1);
    if (text.length > CARD_CHARS || (conversation && card.contains(conversation))) return false;
    if (text.toLowerCase().includes(name)) return true;
  }
  return false;
}

/**
 * An address written as plain text, alone or after one label word ("E-mail sanne@…" in a profile's
 * details list, no link or field markup; a Gladly-like helpdesk 2026-12-05), in a card that names the
 * customer: "wrote from nora@old… last year" is a note about an address, not a field.
 */
function plainAddress(doc: Document, name: string, conversation: Element | null, ours: readonly string[]): string | undefined {
  const walker = doc.createTreeWalker(doc.body ?? doc, 4 /* NodeFilter.SHOW_TEXT */);
  for (let seen = 0; seen < MAX_TEXT_NODES && walker.nextNode(); seen++) {
    const text = walker.currentNode.nodeValue ?? '';
    const raw = text.includes('@') ? EMAIL_IN_TEXT.exec(text)?.[0] : undefined;
    const email = raw && emailAddress(raw);
    const element = walker.currentNode.parentElement;
    if (!email || !element || ours.includes(email) || /\s/.test(text.replace(raw, '').trim()) || conversation?.contains(element)) continue;
    if (!element.closest('[hidden]') && cardNames(element, name, conversation)) return email;
  }
  return undefined;
}
