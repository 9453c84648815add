/**
 * Gorgias's ticket view (/app/ticket/<id>): what insertion needs (reading is data, the built-in
 * profile lib/sites/profiles/gorgias.ts). OBSERVED (checked
 * 2026-11-24): the reply field is Draft.js — a public copy of Gorgias's helpdesk front-end source
 * (pages/common/forms/RichField/RichFieldEditor.js, code index 52448986956 and later versions)
 * wraps draft-js-plugins-editor around Draft's Editor inside `.rich-textarea-wrapper
 * .editor-wrapper`, and Draft.js itself renders `.public-DraftEditor-content` with role="textbox".
 * The conversation's markup is RECONSTRUCTED: no saved page is public, so its test ids follow the
 * names of Gorgias's public REST API (messages with `from_agent`, `public`, `channel`, `sender`,
 * `created_datetime`; internal notes are non-public messages). Replace them once a real page is seen.
 */

/** Draft.js's editable in the reply area (OBSERVED: Draft's own class and Gorgias's wrapper). */
export const REPLY_EDITOR = '[data-testid="ticket-reply-editor"] .public-DraftEditor-content[contenteditable="true"]';
export const REPLY_EDITOR_FALLBACK =
  '.rich-textarea-wrapper .public-DraftEditor-content[contenteditable="true"], .public-DraftEditor-content[contenteditable="true"][role="textbox"]';

/** Ticket pages: /app/ticket/<id> (seen in public links to Gorgias tickets). */
/** The ticket list, settings, statistics and the customer list (reconstructed from the agent UI's URLs, 2026-12-05). */
export const NO_TICKET_PATH = /^\/app\/(?:tickets\/?$|settings|stats|customers\/?$)/;
export const TICKET_PATH = /^\/app\/ticket\/(\d+)(?:\/|$)/;
