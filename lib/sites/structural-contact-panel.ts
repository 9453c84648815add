/**
 * A helpdesk's contact side panel: beside the conversation, headed or labelled as the contact or the
 * customer ("Detalhes do contato", "Kontakt", "Requester", "연락처"; structural-role-label-words.json),
 * with a name and one address. When the messages do not name the customer (a chat whose contact
 * bubbles show no sender line), it does (./structural-customer.ts). Classes are not asked: the label
 * is what a screen reader reads, and a build keeps it. A panel with several addresses (a list of
 * contacts, CC'd people) or only ours names nobody.
 */
import type { Person } from '@/lib/schemas/ticket';
import { EVERY_EMAIL_IN_TEXT, emailAddress } from './people';
import { singleLine } from './single-line';
import { readableText } from './text';
import { fromWords } from './reader-words';

const PANELS = 'aside, [role="complementary"], [role="region"], section, [aria-label]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** Where a panel shows the contact's name: its headings, an element named for a name. */
const NAME_PARTS = `${HEADINGS}, [class*="name" i]`;
const CONTACT = fromWords((words) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.contactPanels})`, 'iu'));
/** Panels looked at, and how much one may say: a contact panel is a card, not a page. */
const MAX_PANELS = 60;
const MAX_CHARS = 1500;
/** A label names a panel in a few words. */
const MAX_LABEL = 60;
const MAX_NAME = 80;
const ADDRESSES = 'a[href^="mailto:" i], [data-email]';

export function contactPanel(doc: Document, conversation: Element | null, ours: readonly string[]): Person | null {
  const labelled = Array.from(doc.querySelectorAll(PANELS))
    .slice(0, MAX_PANELS)
    .filter((panel) => !(conversation && (panel.contains(conversation) || conversation.contains(panel))))
    .filter((panel) => !panel.closest('[hidden]') && CONTACT().test(labelOf(panel)));
  // The innermost panel so labelled: a sidebar "Ticket properties and contact" holds the contact's own card.
  for (const panel of labelled.filter((outer) => !labelled.some((inner) => inner !== outer && outer.contains(inner)))) {
    if (singleLine(panel.textContent, MAX_CHARS + 1).length > MAX_CHARS) continue;
    const emails = addressesIn(panel).filter((email) => !ours.includes(email));
    if (emails.length !== 1) continue;
    // A panel that shows no name beside the address is not known to be the contact's card.
    const name = nameIn(panel, labelOf(panel));
    if (name) return { name, email: emails[0]! };
  }
  return null;
}

/** The panel's aria-label, else its first heading's words. */
function labelOf(panel: Element): string {
  const label = panel.getAttribute('aria-label') || singleLine(panel.querySelector(HEADINGS)?.textContent, MAX_LABEL + 1);
  return label.length <= MAX_LABEL ? label : '';
}

/** The distinct addresses the panel links, else those it shows as text (read line by line: a block's text is not glued to the next). */
function addressesIn(panel: Element): string[] {
  const found = new Set<string>();
  for (const element of Array.from(panel.querySelectorAll(ADDRESSES)).slice(0, 10)) {
    const address = emailAddress(
      element.getAttribute('data-email') ??
        element
          .getAttribute('href')
          ?.replace(/^mailto:/i, '')
          .split('?')[0],
    );
    if (address) found.add(address);
  }
  if (found.size > 0) return [...found];
  for (const match of (readableText(panel).match(EVERY_EMAIL_IN_TEXT) ?? []).slice(0, 10)) {
    const address = emailAddress(match);
    if (address) found.add(address);
  }
  return [...found];
}

/** The first heading or name element that is not the panel's label and reads as a name, else the panel's first such line. */
function nameIn(panel: Element, label: string): string | undefined {
  const parts = Array.from(panel.querySelectorAll(NAME_PARTS), (part) => singleLine(part.textContent, MAX_NAME + 1)).slice(0, 10);
  const lines = readableText(panel).split('\n').slice(0, 5);
  return [...parts, ...lines.map((line) => singleLine(line, MAX_NAME + 1))].find((text) => readsAsName(text, label));
}

function readsAsName(text: string, label: string): boolean {
  return (
    text.length >= 2 && text.length <= MAX_NAME && text !== label && !text.includes('@') && !CONTACT().test(text) && /\p{L}/u.test(text)
  );
}
