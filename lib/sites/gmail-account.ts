import { emailAddress } from './people';
import { ACCOUNT_BUTTON, ACCOUNT_BUTTON_IN_BANNER, BODY_FALLBACK, ME_MARKER, PAGE_BANNER } from './gmail-selectors';

export type AccountSource = 'account-button' | 'title' | 'me-marker';

export interface GmailAccount {
  /** Addresses that are the signed-in agent's own (the account, plus any "me" send-as alias). */
  emails: Set<string>;
  /** Which clue named the account; null when none did. */
  source: AccountSource | null;
}

/**
 * Who is signed in. Gmail shows it in three places, tried from the most to the least reliable:
 * the account button's label ("Google Account: Ava (ava@shop.example)"), the window title
 * ("Inbox - ava@shop.example - Gmail"), and spans Gmail names "me".
 */
export function readGmailAccount(doc: Document): GmailAccount {
  const emails = new Set<string>();
  let source: AccountSource | null = null;
  const note = (found: string[], from: AccountSource) => {
    if (found.length === 0) return;
    found.forEach((email) => emails.add(email));
    source ??= from;
  };
  note(fromAccountButton(doc), 'account-button');
  // The title names the mailbox shown, which may be a shared or delegated one the agent answers
  // from ("… - help@shop.example - Shop Mail" while signed in as a colleague): it is ours too.
  note(fromTitle(doc.title), 'title');
  note(fromMeMarkers(doc), 'me-marker');
  return { emails, source };
}

/**
 * The page's own banner is looked in first: a query over the whole page costs a full pass over a
 * long thread's DOM on every read (issue 12); the whole page is searched only when the banner
 * names no account.
 */
function fromAccountButton(doc: Document): string[] {
  const banner = doc.querySelector(PAGE_BANNER);
  return (banner && accountIn(banner.querySelectorAll(ACCOUNT_BUTTON_IN_BANNER))) ?? accountIn(doc.querySelectorAll(ACCOUNT_BUTTON)) ?? [];
}

function accountIn(buttons: Iterable<Element>): string[] | null {
  for (const button of buttons) {
    const label = button.getAttribute('aria-label') ?? '';
    const inParentheses = /\(([^()]+@[^()]+)\)/.exec(label)?.[1];
    const email = emailAddress(inParentheses);
    if (email) return [email];
  }
  return null;
}

/**
 * Gmail titles read "<view or subject> - <account> - Gmail" (or "- <Org> Mail" on Workspace): only
 * the part before the product's name is the account, since a subject may name anyone's address.
 * The dash between the parts may be an en or em dash ("… – kiez.shop@gmail.com – Gmail", a Russian UI 2026-12-07).
 */
const TITLE_SEPARATOR = /\s[-–—]\s/;

function fromTitle(title: string): string[] {
  const email = emailAddress(title.split(TITLE_SEPARATOR).at(-2));
  return email ? [email] : [];
}

/**
 * Markers inside a message body are the sender's HTML, not Gmail's: they are ignored. A long
 * thread names "me" once per message, nearly always with the same address: each address is
 * checked once.
 */
function fromMeMarkers(doc: Document): string[] {
  const found = new Set<string>();
  for (const span of Array.from(doc.querySelectorAll(ME_MARKER))) {
    const email = emailAddress(span.getAttribute('email'));
    if (email === undefined || found.has(email)) continue;
    if (!span.closest(BODY_FALLBACK)) found.add(email);
  }
  return [...found];
}
