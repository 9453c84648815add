/**
 * Zendesk Agent Workspace's ticket view: finding the open ticket and its composer (reading is
 * data, the built-in profile lib/sites/profiles/zendesk.ts). No saved page of it is public;
 * the selectors marked OBSERVED are queried by public userscripts and extensions (checked
 * 2026-11-24): joaoaguiar264/Automacoes-ALT ("Zendesk - ALT Copilot.user.js"),
 * holatuwol/liferay-zendesk-userscript (user_script.ts), LauraSWP/scripts, and a public Zendesk
 * transcript userscript that reads the sender type from the message's `type` attribute. Those
 * marked RECONSTRUCTED are guesses in the same naming style; replace them once a real page is seen.
 * Zendesk keeps every open ticket tab in the DOM, so everything is read inside the open ticket.
 */

/** The open ticket's pane, `data-ticket-id="<id>"` (OBSERVED: `[data-ticket-id="…"] [data-test-id="omni-log-container"]`). */
export const TICKET_PANE_ATTR = 'data-ticket-id';
/** The header tab of the open ticket (OBSERVED, ALT Copilot). */
export const SELECTED_TICKET_TAB = '[data-test-id="header-tab"][data-entity-type="TICKET_ENTITY_TYPE"][data-entity-is-selected="true"]';
export const TAB_ENTITY_ATTR = 'data-entity-id';
export const TAB_TITLE = '[data-test-id="header-tab-title"]';

/** The composer: CKEditor 5's editable (OBSERVED `.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]`). */
export const COMPOSER = '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]';
/** Older and plain-text composers (OBSERVED in the same scripts). */
export const COMPOSER_FALLBACK = [
  '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
  '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"][role="textbox"]',
  '.zendesk-editor--rich-text-container [contenteditable="true"][role="textbox"]',
].join(', ');

/** Ticket pages: /agent/tickets/<id>. */
/** Views, dashboard, search, reporting, admin, user and organization pages: lists, no conversation (reconstructed from the agent UI's URLs, 2026-12-05). */
export const NO_TICKET_PATH = /^\/agent\/(?:dashboard|filters|search|reporting|admin|users|organizations|user_filters)(?:\/|$)/;
export const TICKET_PATH = /^\/agent\/tickets\/(\d+)(?:\/|$)/;
