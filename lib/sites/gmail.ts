import type { Person, Thread, ThreadMessage } from '@/lib/schemas/ticket';
import { GMAIL_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { readGmailAccount, type AccountSource } from './gmail-account';
import { readGmailMessages } from './gmail-messages';
import { confidence } from './confidence';
import { insertIntoEditable, insertIntoReplyBox } from './insert';
import { singleLine } from './text';
import { isShown, isShownByMarkup } from './visibility';
import { neverThrows } from './never-throws';
import {
  COMPOSE_BODY,
  LEGACY_THREAD_ID_ATTR,
  MESSAGE,
  MESSAGE_LIST,
  MESSAGE_FALLBACK,
  PERM_THREAD_ID_ATTR,
  POPUP_COMPOSE,
  REPLY_BUTTON,
  REPLY_BUTTON_FALLBACK,
  SUBJECT,
  SUBJECT_FALLBACK,
} from './gmail-selectors';

/**
 * A conversation route: `#inbox/<id>`, `#all/<id>`, `#sent/<id>`, `#label/<name>/<id>`,
 * `#search/<query>/<id>` … Thread ids are long tokens (`FMfcgz…`, or 16 hex digits); list pages
 * (`#inbox`, `#inbox/p2`, `#label/Orders`) end in something shorter. Seen on mail.google.com, 2026-11.
 */
const CONVERSATION_HASH = /^#[a-z-]+(?:\/[^/?]+)*\/([A-Za-z0-9_-]{16,})(?:[/?].*)?$/;

const ACCOUNT_SCORE: Record<AccountSource | 'none', number> = { 'account-button': 1, title: 0.9, 'me-marker': 0.7, none: 0.3 };

export const gmail = {
  id: 'gmail',
  matches: GMAIL_MATCHES,
  isTicketPage: (url) => CONVERSATION_HASH.test(url.hash),
  readThread: neverThrows(readThread),
  // The signed-in account tells the structural reader which messages are the agent's.
  structuralHints: (doc) => ({ self: { names: [], emails: [...readGmailAccount(doc).emails] }, containerSelectors: [MESSAGE_LIST] }),
  findReplyBox,
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: findReplyButton, insert: insertIntoEditable }),
} satisfies SiteAdapter;

function readThread(doc: Document, url: URL): Thread | null {
  const conversation = openConversation(doc);
  if (!conversation) return null;
  const { subject, root } = conversation;
  const { messages: read, primary } = readGmailMessages(root);
  if (read.length === 0) return null;
  const account = readGmailAccount(doc);
  const messages: ThreadMessage[] = read.map(({ author, sentAt, text }) => ({
    author,
    role: author.email && account.emails.has(author.email) ? 'agent' : 'customer',
    ...(sentAt ? { sentAt } : {}),
    text,
  }));
  const threadId = readThreadId(subject.element, url);
  const parts = [
    subject.score,
    primary ? 1 : 0.6,
    read.reduce((sum, message) => sum + message.certainty, 0) / read.length,
    ACCOUNT_SCORE[account.source ?? 'none'],
    threadId.score,
  ];
  return {
    site: 'gmail',
    url: url.href,
    ...(threadId.id ? { threadId: threadId.id } : {}),
    subject: subject.text,
    customer: findCustomer(messages, read[0]?.recipients ?? [], account.emails),
    messages,
    confidence: confidence(parts),
  };
}

interface Subject {
  element: Element;
  text: string;
  score: number;
}

/** The open conversation: its visible subject and the element that holds its messages. */
function openConversation(doc: Document): { subject: Subject; root: Element } | null {
  const subject = findSubject(doc);
  const root = subject && conversationRoot(subject.element);
  return subject && root ? { subject, root } : null;
}

/** The visible subject: Gmail leaves hidden copies of earlier conversations in the page. */
function findSubject(doc: Document): Subject | null {
  for (const [selector, score] of [
    [SUBJECT, 1],
    [SUBJECT_FALLBACK, 0.8],
  ] as const) {
    const element = Array.from(doc.querySelectorAll(selector)).find(isShownByMarkup);
    const text = element ? singleLine(element.textContent) : '';
    if (element && text) return { element, text, score };
  }
  return null;
}

/** The nearest ancestor of the subject that holds the conversation's messages. */
function conversationRoot(subject: Element): Element | null {
  for (let node = subject.parentElement; node; node = node.parentElement) {
    if (node.querySelector(MESSAGE) ?? node.querySelector(MESSAGE_FALLBACK)) return node;
  }
  return null;
}

function readThreadId(subject: Element, url: URL): { id?: string; score: number } {
  const legacy = subject.getAttribute(LEGACY_THREAD_ID_ATTR);
  const id = singleLine(legacy || subject.closest(`[${PERM_THREAD_ID_ATTR}]`)?.getAttribute(PERM_THREAD_ID_ATTR), 200);
  if (id) return { id, score: 1 };
  const fromHash = CONVERSATION_HASH.exec(url.hash)?.[1];
  return fromHash ? { id: fromHash, score: 0.7 } : { score: 0.5 };
}

/** The first sender who is not the agent; on a thread the agent started, whom it was sent to. */
function findCustomer(messages: ThreadMessage[], firstRecipients: string[], own: Set<string>): Person {
  const customer = messages.find((message) => message.role === 'customer');
  if (customer) return customer.author;
  const recipient = firstRecipients.find((email) => !own.has(email));
  return recipient ? { email: recipient } : {};
}

/**
 * The inline reply inside the open conversation (Gmail puts it under the message it answers);
 * pop-up "New message" windows live outside the conversation and are not replies.
 */
function findReplyBox(doc: Document): HTMLElement | null {
  try {
    const root = openConversation(doc)?.root;
    const boxes = root ? Array.from(root.querySelectorAll<HTMLElement>(COMPOSE_BODY)) : [];
    return boxes.filter((box) => !box.closest(POPUP_COMPOSE) && isShown(box)).at(-1) ?? null;
  } catch {
    return null;
  }
}

/** The newest message's Reply button in the open conversation (messages are listed oldest first). */
function findReplyButton(doc: Document): HTMLElement | null {
  const root = openConversation(doc)?.root;
  for (const selector of [REPLY_BUTTON, REPLY_BUTTON_FALLBACK]) {
    const visible = root ? Array.from(root.querySelectorAll<HTMLElement>(selector)).filter(isShown) : [];
    if (visible.length > 0) return visible.at(-1)!;
  }
  return null;
}
