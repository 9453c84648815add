import type { Person, Thread } from '@/lib/schemas/ticket';
import { ZENDESK_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { confidence } from './confidence';
import { insertIntoReplyBox } from './insert';
import { insertIntoRichEditor } from './insert-rich';
import { neverThrows } from './never-throws';
import { emailOf, person } from './people';
import { singleLine } from './text';
import { isShown, isShownByMarkup } from './visibility';
import { readZendeskMessages } from './zendesk-messages';
import {
  COMPOSER,
  COMPOSER_FALLBACK,
  CONVERSATION_LOG,
  CONVERSATION_LOG_FALLBACK,
  CUSTOMER_CONTEXT,
  CUSTOMER_CONTEXT_EMAIL,
  REQUESTER_FIELD,
  REQUESTER_NAME,
  SELECTED_TICKET_TAB,
  SUBJECT_FALLBACK,
  SUBJECT_INPUT,
  TAB_ENTITY_ATTR,
  TAB_TITLE,
  TICKET_PANE_ATTR,
  TICKET_PATH,
} from './zendesk-selectors';

export const zendesk = {
  id: 'zendesk',
  matches: ZENDESK_MATCHES,
  isTicketPage: (url) => TICKET_PATH.test(url.pathname),
  readThread: neverThrows(readThread),
  // When the selectors below stop matching, the structural reader still looks where the log was.
  structuralHints: () => ({ containerSelectors: [CONVERSATION_LOG, CONVERSATION_LOG_FALLBACK, `[${TICKET_PANE_ATTR}]`] }),
  findReplyBox,
  // The composer sits open under every ticket: there is nothing to click first.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: () => null, insert: insertIntoRichEditor }),
} satisfies SiteAdapter;

interface OpenTicket {
  /** The open ticket's pane, or the whole document when panes are not marked. */
  pane: ParentNode;
  id: string | undefined;
  /** Whether the pane was found by the ticket's id. */
  byId: boolean;
}

function readThread(doc: Document, url: URL): Thread | null {
  const ticket = openTicket(doc, url);
  const primaryLog = ticket.pane.querySelector(CONVERSATION_LOG);
  const log = primaryLog ?? ticket.pane.querySelector(CONVERSATION_LOG_FALLBACK);
  if (!log) return null;
  const nameElement = ticket.pane.querySelector(REQUESTER_NAME) ?? ticket.pane.querySelector(REQUESTER_FIELD);
  const emailElement = ticket.pane.querySelector(CUSTOMER_CONTEXT)?.querySelector(CUSTOMER_CONTEXT_EMAIL);
  const email = emailOf(emailElement);
  const requester = person(nameElement?.textContent, email);
  const read = readZendeskMessages(log, requester);
  if (!read) return null;
  // With no requester field, the first customer comment says who the customer is.
  const customer: Person = requester.name || requester.email ? requester : (read.messages.find((m) => m.role === 'customer')?.author ?? {});
  const subjectElement = ticket.pane.querySelector(SUBJECT_INPUT) ?? ticket.pane.querySelector(SUBJECT_FALLBACK);
  const subject = subjectOf(subjectElement) || singleLine(doc.querySelector(`${SELECTED_TICKET_TAB} ${TAB_TITLE}`)?.textContent);
  return {
    site: 'zendesk',
    url: url.href,
    ...(ticket.id ? { threadId: ticket.id } : {}),
    subject: subject || (ticket.id ? `Ticket #${ticket.id}` : 'Zendesk ticket'),
    customer,
    messages: read.messages,
    confidence: confidence([
      ticket.byId ? 1 : 0.6,
      primaryLog ? 1 : 0.6,
      subjectElement?.matches(SUBJECT_INPUT) ? 1 : subject ? 0.7 : 0.4,
      nameElement?.matches(REQUESTER_NAME) ? 1 : nameElement ? 0.8 : 0.5,
      email ? 1 : 0.6,
      read.certainty,
    ]),
  };
}

/**
 * Zendesk keeps every open ticket tab in the DOM. The open one is named by the URL, else by the
 * selected header tab; failing both, the first visible pane (or the document) is read.
 */
function openTicket(doc: Document, url: URL): OpenTicket {
  const fromTab = doc.querySelector(SELECTED_TICKET_TAB)?.getAttribute(TAB_ENTITY_ATTR) ?? undefined;
  const id = [TICKET_PATH.exec(url.pathname)?.[1], fromTab].find((candidate) => candidate && /^\d{1,20}$/.test(candidate));
  const byId = id ? doc.querySelector(`[${TICKET_PANE_ATTR}="${id}"]`) : null;
  if (byId) return { pane: byId, id, byId: true };
  const visible = Array.from(doc.querySelectorAll(`[${TICKET_PANE_ATTR}]`)).find(isShownByMarkup);
  const paneId = visible?.getAttribute(TICKET_PANE_ATTR) ?? undefined;
  return { pane: visible ?? doc, id: id ?? (paneId && /^\d{1,20}$/.test(paneId) ? paneId : undefined), byId: false };
}

/** The subject input's value (its attribute in a saved page), or a heading's text. */
function subjectOf(element: Element | null): string {
  if (!element) return '';
  const value = (element as HTMLInputElement).value ?? element.getAttribute('value');
  return singleLine(value || element.textContent);
}

/** The open ticket's composer: CKEditor 5's editable, or an older editor's. */
function findReplyBox(doc: Document): HTMLElement | null {
  try {
    const ticket = openTicket(doc, new URL(doc.URL || 'https://zendesk.invalid/'));
    for (const selector of [COMPOSER, COMPOSER_FALLBACK]) {
      const box = Array.from(ticket.pane.querySelectorAll<HTMLElement>(selector)).find(isShown);
      if (box) return box;
    }
    return null;
  } catch {
    return null;
  }
}
