/**
 * Gorgias's ticket view (/app/ticket/<id>), as far as Deskpilot reads it. OBSERVED (checked
 * 2026-11-24): the reply field is Draft.js — a public copy of Gorgias's helpdesk front-end source
 * (pages/common/forms/RichField/RichFieldEditor.js, code index 52448986956 and later versions)
 * wraps draft-js-plugins-editor around Draft's Editor inside `.rich-textarea-wrapper
 * .editor-wrapper`, and Draft.js itself renders `.public-DraftEditor-content` with role="textbox".
 * The conversation's markup is RECONSTRUCTED: no saved page is public, so its test ids follow the
 * names of Gorgias's public REST API (messages with `from_agent`, `public`, `channel`, `sender`,
 * `created_datetime`; internal notes are non-public messages). Replace them once a real page is seen.
 */

/** The open ticket (RECONSTRUCTED). */
export const TICKET_VIEW = '[data-testid="ticket-view"]';
export const TICKET_VIEW_FALLBACK = 'main';
/** Subject: an editable title in the ticket header (RECONSTRUCTED). */
export const SUBJECT = '[data-testid="ticket-subject"]';
export const SUBJECT_FALLBACK = 'h1, [aria-label="Ticket subject"]';

/** One message (RECONSTRUCTED), its direction and visibility as the API names them. */
export const MESSAGE = '[data-testid="ticket-message"]';
export const MESSAGE_FALLBACK = '[data-message-id]';
export const FROM_AGENT_ATTR = 'data-from-agent';
export const PUBLIC_ATTR = 'data-public';
export const CHANNEL_ATTR = 'data-channel';
/** Internal notes are a channel of their own in Gorgias's API. */
export const INTERNAL_NOTE_CHANNEL = 'internal-note';
export const MESSAGE_SENDER_NAME = '[data-testid="ticket-message-sender-name"]';
export const MESSAGE_SENDER_EMAIL = '[data-testid="ticket-message-sender-email"]';
export const MESSAGE_TIME = 'time[datetime]';
export const MESSAGE_BODY = '[data-testid="ticket-message-body"]';
export const MESSAGE_BODY_FALLBACK = '.message-body';

/** The customer profile in the sidebar (RECONSTRUCTED). */
export const CUSTOMER_PROFILE = '[data-testid="customer-profile"]';
export const CUSTOMER_NAME = '[data-testid="customer-name"]';
export const CUSTOMER_EMAIL = '[data-testid="customer-email"], a[href^="mailto:"]';

/** Draft.js's editable in the reply area (OBSERVED: Draft's own class and Gorgias's wrapper). */
export const REPLY_EDITOR = '[data-testid="ticket-reply-editor"] .public-DraftEditor-content[contenteditable="true"]';
export const REPLY_EDITOR_FALLBACK =
  '.rich-textarea-wrapper .public-DraftEditor-content[contenteditable="true"], .public-DraftEditor-content[contenteditable="true"][role="textbox"]';

/** Ticket pages: /app/ticket/<id> (seen in public links to Gorgias tickets). */
export const TICKET_PATH = /^\/app\/ticket\/(\d+)(?:\/|$)/;
