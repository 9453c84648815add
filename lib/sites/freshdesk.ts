import type { Person, Thread } from '@/lib/schemas/ticket';
import { FRESHDESK_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { confidence } from './confidence';
import { readFreshdeskMessages } from './freshdesk-messages';
import { insertIntoReplyBox } from './insert';
import { insertIntoRichEditor } from './insert-rich';
import { neverThrows } from './never-throws';
import { emailOf, person } from './people';
import { singleLine } from './text';
import { isShown } from './visibility';
import {
  CONVERSATION,
  CONVERSATION_FALLBACK,
  REPLY_BUTTON,
  REPLY_EDITOR,
  REPLY_EDITOR_FALLBACK,
  REQUESTER,
  REQUESTER_EMAIL,
  REQUESTER_NAME,
  SUBJECT,
  SUBJECT_FALLBACK,
  TICKET_PATH,
} from './freshdesk-selectors';

export const freshdesk = {
  id: 'freshdesk',
  matches: FRESHDESK_MATCHES,
  isTicketPage: (url) => TICKET_PATH.test(url.pathname),
  readThread: neverThrows(readThread),
  findReplyBox,
  // The reply editor starts closed: the Reply button opens it, then Froala mounts.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, {
      findBox: findReplyBox,
      findOpener: (doc) => Array.from(doc.querySelectorAll(REPLY_BUTTON)).find(isShown) ?? null,
      insert: insertIntoRichEditor,
    }),
} satisfies SiteAdapter;

function readThread(doc: Document, url: URL): Thread | null {
  const primaryConversation = doc.querySelector(CONVERSATION);
  const conversation = primaryConversation ?? doc.querySelector(CONVERSATION_FALLBACK);
  if (!conversation) return null;
  const card = doc.querySelector(REQUESTER);
  const nameElement = card?.querySelector(REQUESTER_NAME) ?? null;
  const emailElement = card?.querySelector(REQUESTER_EMAIL) ?? null;
  const email = emailOf(emailElement);
  const requester = person(nameElement?.textContent, email);
  const read = readFreshdeskMessages(conversation, requester);
  if (!read) return null;
  // Without the requester card, the description's sender is the customer.
  const customer: Person = requester.name || requester.email ? requester : (read.messages.find((m) => m.role === 'customer')?.author ?? {});
  const subjectElement = doc.querySelector(SUBJECT) ?? doc.querySelector(SUBJECT_FALLBACK);
  const subject = singleLine(subjectElement?.textContent);
  const id = TICKET_PATH.exec(url.pathname)?.[1];
  return {
    site: 'freshdesk',
    url: url.href,
    ...(id ? { threadId: id } : {}),
    subject: subject || (id ? `Ticket #${id}` : 'Freshdesk ticket'),
    customer,
    messages: read.messages,
    confidence: confidence([
      primaryConversation ? 1 : 0.6,
      subjectElement?.matches(SUBJECT) ? 1 : subject ? 0.7 : 0.4,
      nameElement ? 1 : 0.6,
      email ? 1 : 0.6,
      read.certainty,
    ]),
  };
}

/** Froala's editable in the open reply editor. */
function findReplyBox(doc: Document): HTMLElement | null {
  try {
    for (const selector of [REPLY_EDITOR, REPLY_EDITOR_FALLBACK]) {
      const box = Array.from(doc.querySelectorAll<HTMLElement>(selector)).find(isShown);
      if (box) return box;
    }
    return null;
  } catch {
    return null;
  }
}
