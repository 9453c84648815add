import type { Person, Thread, ThreadMessage } from '@/lib/schemas/ticket';
import { OUTLOOK_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { readOutlookMessages } from './outlook-messages';
import { confidence } from './confidence';
import { insertIntoEditable, insertIntoReplyBox } from './insert';
import { emailAddress } from './people';
import { singleLine } from './text';
import { isoTime } from './time';
import { isShown } from './visibility';
import { neverThrows } from './never-throws';
import {
  ACCOUNT_EMAIL,
  COMPOSE_BODY,
  COMPOSE_BODY_FALLBACK,
  CONVERSATION_ID_ATTR,
  MESSAGE,
  MESSAGE_FALLBACK,
  READING_PANE,
  READING_PANE_FALLBACK,
  REPLY_BUTTON,
  REPLY_BUTTON_FALLBACK,
  SENT_TIME,
  SUBJECT,
  SUBJECT_FALLBACK,
} from './outlook-selectors';

/**
 * An open message: `/mail/<folder…>/id/<ItemId>` (personal accounts add `/0/` after /mail) and
 * `/mail/deeplink/read/<ItemId>`. Reconstructed from Outlook's address bar, 2026-11-24.
 */
const MESSAGE_PATH = /^\/mail\/(?:.+\/)?(?:id|read)\/([^/]+)\/?$/;

export const outlook = {
  id: 'outlook',
  matches: OUTLOOK_MATCHES,
  isTicketPage: (url) => MESSAGE_PATH.test(url.pathname),
  readThread: neverThrows(readThread),
  findReplyBox,
  // roosterjs reads back what the browser's own editing wrote (it rebuilds its model from the DOM
  // after input), so the browser's insertText, as typing does it, reaches its Content Model.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: findReplyButton, insert: insertIntoEditable }),
} satisfies SiteAdapter;

function readThread(doc: Document, url: URL): Thread | null {
  const primaryPane = doc.querySelector(READING_PANE);
  const pane = primaryPane ?? doc.querySelector(READING_PANE_FALLBACK);
  if (!pane) return null;
  const { messages: read, primary } = readOutlookMessages(pane);
  if (read.length === 0) return null;
  const account = emailAddress(doc.querySelector(ACCOUNT_EMAIL)?.textContent);
  const isOwn = ownAddressTest(account, read[0]!.author);
  const messages: ThreadMessage[] = read.map(({ author, sentAt, text }) => ({
    author,
    role: isOwn(author) ? 'agent' : 'customer',
    ...(sentAt ? { sentAt } : {}),
    text,
  }));
  const subjectElement = pane.querySelector(SUBJECT) ?? pane.querySelector(SUBJECT_FALLBACK);
  const encodedId =
    pane.querySelector(`[${CONVERSATION_ID_ATTR}]`)?.getAttribute(CONVERSATION_ID_ATTR) ?? MESSAGE_PATH.exec(url.pathname)?.[1];
  const threadId = singleLine(safeDecode(encodedId), 300);
  const parts = [
    primaryPane ? 1 : 0.6,
    subjectElement?.matches(SUBJECT) ? 1 : subjectElement ? 0.8 : 0.4,
    primary ? 1 : 0.6,
    read.reduce((sum, message) => sum + message.certainty, 0) / read.length,
    account ? 1 : 0.5,
  ];
  return {
    site: 'outlook',
    url: url.href,
    ...(threadId ? { threadId } : {}),
    subject: singleLine(subjectElement?.textContent) || '(no subject)',
    customer: messages.find((message) => message.role === 'customer')?.author ?? {},
    messages,
    confidence: confidence(parts),
  };
}

/**
 * Who writes for the shop: the signed-in address and, as support teams answer from shared
 * mailboxes (support@…) or their own addresses, anyone at its domain. With no account shown,
 * the conversation's first sender is taken as the customer and everyone else as the shop.
 */
function ownAddressTest(account: string | undefined, firstSender: Person): (author: Person) => boolean {
  if (account) {
    const domain = account.slice(account.indexOf('@'));
    return (author) => author.email === account || (author.email?.endsWith(domain) ?? false);
  }
  const customer = firstSender.email ?? firstSender.name?.toLowerCase();
  return (author) => (author.email ?? author.name?.toLowerCase()) !== customer;
}

function safeDecode(value: string | null | undefined): string {
  try {
    return decodeURIComponent(value ?? '');
  } catch {
    return value ?? '';
  }
}

/** The inline reply's body in the reading pane (pop-out compose windows are separate pages). */
function findReplyBox(doc: Document): HTMLElement | null {
  try {
    for (const selector of [COMPOSE_BODY, COMPOSE_BODY_FALLBACK]) {
      const box = Array.from(doc.querySelectorAll<HTMLElement>(selector)).find(isShown);
      if (box) return box;
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * The newest message's Reply button, so the reply quotes what the customer wrote last whether the
 * pane lists the newest on top (Outlook's default) or at the bottom; else the pane's first one.
 */
function findReplyButton(doc: Document): Element | null {
  const pane = doc.querySelector(READING_PANE) ?? doc;
  let newest: { button: Element; time: number } | undefined;
  for (const message of Array.from(pane.querySelectorAll(`${MESSAGE}, ${MESSAGE_FALLBACK}`))) {
    const button = Array.from(message.querySelectorAll(REPLY_BUTTON)).find(isShown);
    const time = Date.parse(isoTime(message.querySelector(SENT_TIME)?.textContent) ?? '');
    if (button && !Number.isNaN(time) && (!newest || time > newest.time)) newest = { button, time };
  }
  return newest?.button ?? Array.from(pane.querySelectorAll(REPLY_BUTTON)).find(isShown) ?? pane.querySelector(REPLY_BUTTON_FALLBACK);
}
