/**
 * Freshdesk's agent ticket view (/a/tickets/<id>), as far as Deskpilot reads it. No saved page of it
 * is public. OBSERVED (checked 2026-11-24) means queried by public scripts against live Freshdesk:
 * a Playwright bot clicking `[data-test-id="ticket-action-reply"]` and waiting for
 * `[data-test-id="active-editor"]` (code index 71006600985), the "Sidecar → Freshdesk" userscript
 * (`div.fr-element.fr-view[contenteditable='true']`, `[data-testid="ticket-subject"]`,
 * `.ticket-subject-heading`, `.ticket-description .text__content`), LauraSWP/scripts fd-quicktool.js
 * (`.ticket_note[data-note-id]`, `.text__content`), and Freshdesk's open-sourced helpkit code
 * (`div.freshdesk_quote` around quoted history). RECONSTRUCTED means a guess in the same style;
 * replace it once a real page is seen.
 */

/** The ticket's subject heading (OBSERVED). */
export const SUBJECT = '[data-testid="ticket-subject"], [data-test-id="ticket-subject"]';
export const SUBJECT_FALLBACK = '.ticket-subject-heading, h2.subject';

/** The conversation: the ticket description first, then the replies and notes (RECONSTRUCTED container). */
export const CONVERSATION = '[data-test-id="ticket-conversation"]';
export const CONVERSATION_FALLBACK = '.ticket-conversation, .conversation_thread';

/** The description, the customer's first message (OBSERVED `.ticket-description`). */
export const DESCRIPTION = '.ticket-description';
/** Each reply or note (OBSERVED `.ticket_note[data-note-id]`). */
export const NOTE = '.ticket_note[data-note-id]';
/** Either kind of item, in page order. */
export const CONVERSATION_ITEM = `${DESCRIPTION}, ${NOTE}`;
/** Without those classes: conversation items by test id (RECONSTRUCTED). */
export const CONVERSATION_ITEM_FALLBACK = '[data-test-id="conversation-item"]';
/** A message's text (OBSERVED `.text__content`). */
export const MESSAGE_BODY = '.text__content';
export const MESSAGE_BODY_FALLBACK = '[data-test-id="conversation-body"]';
/** Who sent it and when (RECONSTRUCTED). */
export const MESSAGE_SENDER = '[data-test-id="conversation-sender"]';
export const MESSAGE_SENDER_EMAIL_ATTR = 'data-email';
export const MESSAGE_TIME = 'time[datetime]';
/**
 * Direction of a note, as Freshdesk's API has it (incoming: from the contact; private: a note;
 * otherwise an agent reply), carried by class modifiers (RECONSTRUCTED).
 */
export const INCOMING_CLASS = 'incoming';
export const PRIVATE_NOTE_CLASS = 'private-note';
export const OUTGOING_CLASS = 'outgoing';

/** The requester card beside the ticket (RECONSTRUCTED). */
export const REQUESTER = '[data-test-id="requester-info"]';
export const REQUESTER_NAME = '[data-test-id="requester-name"]';
export const REQUESTER_EMAIL = '[data-test-id="requester-email"], a[href^="mailto:"]';

/** The reply box starts closed; this opens it (OBSERVED). */
export const REPLY_BUTTON = 'button[data-test-id="ticket-action-reply"], button[aria-label="Reply"]';
/** Froala's editable inside the open editor (both OBSERVED). */
export const REPLY_EDITOR = '[data-test-id="active-editor"] .fr-element.fr-view[contenteditable="true"]';
/** Any Froala editable, or the Redactor editor of older accounts (OBSERVED in public scripts). */
export const REPLY_EDITOR_FALLBACK = '.fr-element.fr-view[contenteditable="true"], .redactor-editor[contenteditable="true"]';

/** Ticket pages: /a/tickets/<id>. */
export const TICKET_PATH = /^\/a\/tickets\/(\d+)(?:\/|$)/;
