import type { Person, Thread } from '@/lib/schemas/ticket';
import { GORGIAS_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { confidence } from './confidence';
import { readGorgiasMessages } from './gorgias-messages';
import { insertIntoReplyBox } from './insert';
import { insertIntoRichEditor } from './insert-rich';
import { neverThrows } from './never-throws';
import { emailOf, person } from './people';
import { singleLine } from './text';
import { isShown } from './visibility';
import {
  CUSTOMER_EMAIL,
  CUSTOMER_NAME,
  CUSTOMER_PROFILE,
  REPLY_EDITOR,
  REPLY_EDITOR_FALLBACK,
  SUBJECT,
  SUBJECT_FALLBACK,
  TICKET_PATH,
  TICKET_VIEW,
  TICKET_VIEW_FALLBACK,
} from './gorgias-selectors';

export const gorgias = {
  id: 'gorgias',
  matches: GORGIAS_MATCHES,
  isTicketPage: (url) => TICKET_PATH.test(url.pathname),
  readThread: neverThrows(readThread),
  findReplyBox,
  // The reply field sits open under the messages: there is nothing to click first.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: () => null, insert: insertIntoRichEditor }),
} satisfies SiteAdapter;

function readThread(doc: Document, url: URL): Thread | null {
  const primaryView = doc.querySelector(TICKET_VIEW);
  const view = primaryView ?? doc.querySelector(TICKET_VIEW_FALLBACK);
  if (!view) return null;
  const profile = doc.querySelector(CUSTOMER_PROFILE);
  const nameElement = profile?.querySelector(CUSTOMER_NAME) ?? null;
  const emailElement = profile?.querySelector(CUSTOMER_EMAIL) ?? null;
  const email = emailOf(emailElement);
  const profilePerson = person(nameElement?.textContent, email);
  const read = readGorgiasMessages(view, profilePerson);
  if (!read) return null;
  // Without the profile, the first customer message says who the customer is.
  const customer: Person =
    profilePerson.name || profilePerson.email ? profilePerson : (read.messages.find((m) => m.role === 'customer')?.author ?? {});
  const subjectElement = view.querySelector(SUBJECT) ?? view.querySelector(SUBJECT_FALLBACK);
  const subject = subjectOf(subjectElement);
  const id = TICKET_PATH.exec(url.pathname)?.[1];
  return {
    site: 'gorgias',
    url: url.href,
    ...(id ? { threadId: id } : {}),
    subject: subject || (id ? `Ticket #${id}` : 'Gorgias ticket'),
    customer,
    messages: read.messages,
    confidence: confidence([
      primaryView ? 1 : 0.6,
      subjectElement?.matches(SUBJECT) ? 1 : subject ? 0.7 : 0.4,
      nameElement ? 1 : 0.6,
      email ? 1 : 0.6,
      read.certainty,
    ]),
  };
}

/** The title input's value (its attribute in a saved page), or a heading's text. */
function subjectOf(element: Element | null): string {
  if (!element) return '';
  const value = (element as HTMLInputElement).value ?? element.getAttribute('value');
  return singleLine(value || element.textContent);
}

/** Draft.js's editable in the reply area. */
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
