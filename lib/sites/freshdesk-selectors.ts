/**
 * Freshdesk's agent ticket view (/a/tickets/<id>): what insertion needs. Reading is data, the
 * built-in profile (lib/sites/profiles/freshdesk.ts). No saved page of it
 * is public. OBSERVED (checked 2026-11-24) means queried by public scripts against live Freshdesk:
 * a Playwright bot clicking `[data-test-id="ticket-action-reply"]` and waiting for
 * `[data-test-id="active-editor"]` (code index 71006600985), the "Sidecar → Freshdesk" userscript
 * (`div.fr-element.fr-view[contenteditable='true']`, `[data-testid="ticket-subject"]`,
 * `.ticket-subject-heading`, `.ticket-description .text__content`), LauraSWP/scripts fd-quicktool.js
 * (`.ticket_note[data-note-id]`, `.text__content`), and Freshdesk's open-sourced helpkit code
 * (`div.freshdesk_quote` around quoted history). RECONSTRUCTED means a guess in the same style;
 * replace it once a real page is seen.
 */

/** The reply box starts closed; this opens it (OBSERVED). */
export const REPLY_BUTTON = 'button[data-test-id="ticket-action-reply"], button[aria-label="Reply"]';
/** Froala's editable inside the open editor (both OBSERVED). */
export const REPLY_EDITOR = '[data-test-id="active-editor"] .fr-element.fr-view[contenteditable="true"]';
/** Any Froala editable, or the Redactor editor of older accounts (OBSERVED in public scripts). */
export const REPLY_EDITOR_FALLBACK = '.fr-element.fr-view[contenteditable="true"], .redactor-editor[contenteditable="true"]';

/** Ticket pages: /a/tickets/<id>. */
/** The ticket list and its filters, dashboard, admin, contacts, companies, solutions, reports (reconstructed from the agent UI's URLs, 2026-12-05). */
export const NO_TICKET_PATH = /^\/a\/(?:tickets\/?$|tickets\/filters\/|dashboard|admin|contacts|companies|solutions|reports|analytics)/;
export const TICKET_PATH = /^\/a\/tickets\/(\d+)(?:\/|$)/;
