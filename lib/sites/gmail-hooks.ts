/**
 * Gmail's quirks, in code beside its built-in profile (lib/sites/profiles/gmail.ts): Gmail keeps
 * hidden copies of earlier views in the page, so the open conversation is found from its visible
 * subject; the signed-in account is read from labels and the window title; a thread the agent
 * started names its customer only as a recipient.
 */
import type { Person } from '@/lib/schemas/ticket';
import { type AccountSource, readGmailAccount } from './gmail-account';
import { emailAddress } from './people';
import type { OpenConversation, ReadingHooks, SignedIn } from './profile/hooks';
import { singleLine } from './single-line';
import { isShownByMarkup } from './visibility';
import {
  LEGACY_THREAD_ID_ATTR,
  MESSAGE,
  MESSAGE_FALLBACK,
  LISTED_MESSAGE,
  PERM_THREAD_ID_ATTR,
  RECIPIENTS,
  SUBJECT,
  SUBJECT_FALLBACK,
} from './gmail-selectors';

/**
 * A conversation route: `#inbox/<id>`, `#all/<id>`, `#sent/<id>`, `#label/<name>/<id>`,
 * `#search/<query>/<id>` … Thread ids are long tokens (`FMfcgz…`, or 16 hex digits); list pages
 * (`#inbox`, `#inbox/p2`, `#label/Orders`) end in something shorter. Seen on mail.google.com, 2026-11.
 */
export const CONVERSATION_HASH = /^#[a-z-]+(?:\/[^/?]+)*\/([A-Za-z0-9_-]{16,})(?:[/?].*)?$/;
/**
 * A view with no conversation open: a folder, label, category or search list, or settings
 * (`#inbox`, `#label/Orders`, `#search/refund`, `#settings/general`; reconstructed from Gmail's address bar, 2026-12-05).
 */
export const LIST_HASH =
  /^(?:#(?:inbox|starred|snoozed|imp|sent|scheduled|drafts|all|spam|trash|chats|(?:category|label|search)\/[^/]+|settings(?:\/[\w-]+)?))?$/;

const ACCOUNT_SCORE: Record<AccountSource | 'none', number> = { 'account-button': 1, title: 0.9, 'me-marker': 0.7, none: 0.3 };

export const GMAIL_HOOKS: ReadingHooks = {
  openConversation: (doc, url) => openConversation(doc, url),
  signedIn: (doc): SignedIn => {
    const account = readGmailAccount(doc);
    return { names: [], emails: [...account.emails], certainty: ACCOUNT_SCORE[account.source ?? 'none'] };
  },
  customerFallback: firstRecipient,
};

/** The open conversation: the element holding the messages around the visible subject. */
export function openConversation(doc: Document, url?: URL): (OpenConversation & { root: Element }) | null {
  for (const [selector, score] of [
    [SUBJECT, 1],
    [SUBJECT_FALLBACK, 0.8],
  ] as const) {
    const subject = firstShown(doc, selector);
    const text = subject ? singleLine(subject.textContent) : '';
    if (!subject || !text) continue;
    const root = conversationRoot(subject);
    if (!root) return null;
    const id = threadIdOf(subject, url);
    return { root, subject: text, subjectCertainty: score, ...(id.id ? { threadId: id.id } : {}), certainty: id.score };
  }
  return null;
}

/**
 * The first match the markup does not hide. The first match is nearly always it, and asking for it
 * alone stops the browser's search there instead of going through a long thread's whole page.
 */
function firstShown(doc: Document, selector: string): Element | undefined {
  const first = doc.querySelector(selector);
  if (!first || isShownByMarkup(first)) return first ?? undefined;
  return Array.from(doc.querySelectorAll(selector)).find(isShownByMarkup);
}

/** The nearest ancestor of the subject that holds the conversation's messages. */
function conversationRoot(subject: Element): Element | null {
  for (let node = subject.parentElement; node; node = node.parentElement) {
    if (node.querySelector(MESSAGE) ?? node.querySelector(MESSAGE_FALLBACK) ?? node.querySelector(LISTED_MESSAGE)) return node;
  }
  return null;
}

function threadIdOf(subject: Element, url: URL | undefined): { id?: string; score: number } {
  const legacy = subject.getAttribute(LEGACY_THREAD_ID_ATTR);
  const id = singleLine(legacy || subject.closest(`[${PERM_THREAD_ID_ATTR}]`)?.getAttribute(PERM_THREAD_ID_ATTR), 200);
  if (id) return { id, score: 1 };
  const fromHash = url && CONVERSATION_HASH.exec(url.hash)?.[1];
  return fromHash ? { id: fromHash, score: 0.7 } : { score: 0.5 };
}

/** On a thread the agent started, the customer is whom the first message was sent to. */
function firstRecipient(root: ParentNode, own: ReadonlySet<string>): Person | null {
  const first = root.querySelector(MESSAGE) ?? root.querySelector(MESSAGE_FALLBACK);
  const sender = first?.querySelector('span[email]')?.getAttribute('email');
  const recipients = first ? Array.from(first.querySelectorAll(RECIPIENTS), (span) => emailAddress(span.getAttribute('email'))) : [];
  const email = recipients.find((address) => address !== undefined && address !== emailAddress(sender) && !own.has(address));
  return email ? { email } : null;
}
