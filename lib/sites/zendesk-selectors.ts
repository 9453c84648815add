/**
 * Zendesk Agent Workspace's ticket view, as far as Deskpilot reads it. No saved page of it is public;
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

/** The conversation log (OBSERVED). */
export const CONVERSATION_LOG = '[data-test-id="omni-log-container"]';
/** Fallback: the log as a landmark (RECONSTRUCTED). */
export const CONVERSATION_LOG_FALLBACK = '[role="log"]';

/** Subject: an input in the ticket header (OBSERVED `omni-header-subject`), older headings (OBSERVED). */
export const SUBJECT_INPUT = '[data-test-id="omni-header-subject"]';
export const SUBJECT_FALLBACK = '[data-test-id="ticket-pane-subject"], h1[data-test-id="ticket-subject"]';

/** The requester field (OBSERVED `ticket-system-field-requester-menu`; its inner parts RECONSTRUCTED). */
export const REQUESTER_FIELD = '[data-test-id="ticket-system-field-requester-menu"]';
export const REQUESTER_NAME = '[data-test-id="ticket-system-field-requester-name"]';
/** The customer context panel beside the ticket (RECONSTRUCTED); it shows the requester's address. */
export const CUSTOMER_CONTEXT = '[data-test-id="customer-context"]';
export const CUSTOMER_CONTEXT_EMAIL = '[data-test-id="customer-context-email"], a[href^="mailto:"]';

/** One comment in the log (OBSERVED `article[data-test-id="omni-log-comment-item"]`). */
export const COMMENT = 'article[data-test-id="omni-log-comment-item"]';
/** Fallback when the test ids go: the log's articles (OBSERVED: the Liferay script reads `article`). */
export const COMMENT_FALLBACK = 'article';
/** The comment's message; `type` is `end-user`, `agent` or `internal` (OBSERVED). */
export const COMMENT_MESSAGE = '[data-test-id="omni-log-item-message"]';
export const MESSAGE_TYPE_ATTR = 'type';
/** The message's text (OBSERVED), inside it `.zd-comment` for e-mail bodies (OBSERVED). */
export const COMMENT_BODY = '[data-test-id="omni-log-message-content"]';
export const COMMENT_BODY_FALLBACK = '.zd-comment';
/** Marks an internal note (OBSERVED). Internal notes are agent messages. */
export const INTERNAL_NOTE_TAG = '[data-test-id="omni-log-internal-note-tag"]';
/** Sender: the user link inside the sender line (both OBSERVED). */
export const COMMENT_AUTHOR = '[data-test-id="omni-log-comment-user-link"]';
export const COMMENT_SENDER = '[data-test-id="omni-log-item-sender"]';
/** Absolute time on `time[datetime]` (OBSERVED `time[data-test-id^="timestamp-"]`). */
export const COMMENT_TIME = 'time[data-test-id^="timestamp-"][datetime], time[datetime]';
/** Parts of a message that are not its text: read receipts, the agent signature block (OBSERVED). */
export const NOT_MESSAGE_TEXT =
  '[data-test-id="convo-log-item-read-indicator"], [data-test-id="convo-log-item-delivered-indicator"], div.signature';

/** The composer: CKEditor 5's editable (OBSERVED `.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]`). */
export const COMPOSER = '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]';
/** Older and plain-text composers (OBSERVED in the same scripts). */
export const COMPOSER_FALLBACK = [
  '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
  '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"][role="textbox"]',
  '.zendesk-editor--rich-text-container [contenteditable="true"][role="textbox"]',
].join(', ');

/** Ticket pages: /agent/tickets/<id>. */
export const TICKET_PATH = /^\/agent\/tickets\/(\d+)(?:\/|$)/;
