import type { Thread } from '@/lib/schemas/ticket';
import { HELP_SCOUT_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { readHelpScoutMessages } from './help-scout-messages';
import { confidence } from './confidence';
import { insertIntoReplyBox } from './insert';
import { insertIntoRichEditor } from './insert-rich';
import { emailAddress, person } from './people';
import { singleLine } from './text';
import { isShown } from './visibility';
import { neverThrows } from './never-throws';
import {
  CUSTOMER_EMAIL,
  CUSTOMER_NAME,
  CUSTOMER_SIDEBAR,
  CUSTOMER_SIDEBAR_FALLBACK,
  REPLY_BUTTON,
  REPLY_BUTTON_FALLBACK,
  REPLY_EDITOR,
  REPLY_EDITOR_FALLBACK,
  SUBJECT,
  SUBJECT_FALLBACK,
  THREAD_LIST,
  THREAD_LIST_FALLBACK,
} from './help-scout-selectors';

/** `/conversation/<id>/<number>` (harvest-chrome's permalink; 2026-11-24). */
const CONVERSATION_PATH = /^\/conversation\/(\d+)(?:\/(\d+))?\/?$/;

export const helpScout = {
  id: 'help-scout',
  matches: HELP_SCOUT_MATCHES,
  isTicketPage: (url) => CONVERSATION_PATH.test(url.pathname),
  readThread: neverThrows(readThread),
  findReplyBox,
  // Slate applies only `beforeinput` to its document, so the reply is typed, not written into the DOM.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: findReplyButton, insert: insertIntoRichEditor }),
} satisfies SiteAdapter;

function readThread(doc: Document, url: URL): Thread | null {
  const primaryRoot = doc.querySelector(THREAD_LIST);
  const root = primaryRoot ?? doc.querySelector(THREAD_LIST_FALLBACK);
  if (!root) return null;
  const sidebar = doc.querySelector(CUSTOMER_SIDEBAR) ?? doc.querySelector(CUSTOMER_SIDEBAR_FALLBACK);
  const customer = person(
    sidebar?.querySelector(CUSTOMER_NAME)?.textContent,
    emailAddress(
      sidebar
        ?.querySelector(CUSTOMER_EMAIL)
        ?.getAttribute('href')
        ?.replace(/^mailto:/i, ''),
    ),
  );
  const read = readHelpScoutMessages(root, customer);
  if (!read) return null;
  const subjectElement = doc.querySelector(SUBJECT) ?? doc.querySelector(SUBJECT_FALLBACK);
  const [, id, number] = CONVERSATION_PATH.exec(url.pathname) ?? [];
  const parts = [
    primaryRoot ? 1 : 0.6,
    subjectElement?.matches(SUBJECT) ? 1 : subjectElement ? 0.7 : 0.4,
    sidebar?.matches(CUSTOMER_SIDEBAR) ? 1 : sidebar ? 0.7 : 0.4,
    customer.email ? 1 : 0.6,
    read.certainty,
  ];
  const firstCustomer = read.messages.find((message) => message.role === 'customer')?.author;
  return {
    site: 'help-scout',
    url: url.href,
    ...(id ? { threadId: id } : {}),
    subject: singleLine(subjectElement?.textContent) || (number ? `Conversation #${number}` : 'Help Scout conversation'),
    customer: customer.email || customer.name ? customer : (firstCustomer ?? {}),
    messages: read.messages,
    confidence: confidence(parts),
  };
}

/** The visible Slate editable of the reply (Help Scout keeps a closed editor's DOM hidden). */
function findReplyBox(doc: Document): HTMLElement | null {
  try {
    for (const selector of [REPLY_EDITOR, REPLY_EDITOR_FALLBACK]) {
      const editor = Array.from(doc.querySelectorAll<HTMLElement>(selector)).find(
        (element) => element.isContentEditable !== false && isShown(element),
      );
      if (editor) return editor;
    }
    return null;
  } catch {
    return null;
  }
}

function findReplyButton(doc: Document): Element | null {
  return doc.querySelector(REPLY_BUTTON) ?? doc.querySelector(REPLY_BUTTON_FALLBACK);
}
