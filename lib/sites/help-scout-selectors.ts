/**
 * Help Scout's conversation view, as far as Deskpilot reads it. Sources, all read 2026-11-24:
 * - "harvest" = wearerequired/harvest-chrome js/profiles/helpscout.js @02b1540: the route
 *   `/conversation/<id>/<number>`, the subject `#subjectLine`, the toolbar `ul.convo-actions`.
 * - "thread-hider" = trentslutzky/helpscout-thread-hider threadhider.js @b4cc6b1: customer threads
 *   are `article.thread.customer` with `id="thread-<id>"`, the text in `section.messageBody`
 *   under `section.threadHeader`.
 * - "assistant" = a public Help Scout GPT-assistant extension (search corpus, repository not
 *   named): newer markup `[data-testid="ThreadContainer"]` / `ol[aria-label="Thread Items"]`,
 *   `div[id^="thread-"]` items, the author in `span[data-nocollapse="true"]`, the reply editor
 *   `[data-cy="ConvoEditor"]` holding a Slate editable (`data-slate-editor`,
 *   `[role="textbox"][aria-label="Reply Editor"]`), `[data-cy="customer-sidebar"]`.
 * Thread-type classes other than `customer`, times and the sidebar's inner parts are
 * RECONSTRUCTED from Help Scout's API thread types and screenshots.
 */

/** Subject of the open conversation (harvest); the newer app's heading as the fallback. */
export const SUBJECT = '#subjectLine';
export const SUBJECT_FALLBACK = '[data-cy="ConvoSubject"], main h1';

/** The thread list (assistant), and the older page's conversation body (thread-hider's articles live there). */
export const THREAD_LIST = '[data-testid="ThreadContainer"], ol[aria-label="Thread Items"]';
export const THREAD_LIST_FALLBACK = '#convo-main, .c-conversation';

/** One thread item (thread-hider, assistant); its id attribute is `thread-<id>`. */
export const THREAD = 'article.thread';
export const THREAD_FALLBACK = 'div[id^="thread-"]';
/** Thread-type class names (Help Scout API thread types): who wrote it, or a status line item. */
export const THREAD_TYPES: Record<string, 'customer' | 'agent' | 'system'> = {
  customer: 'customer',
  message: 'agent',
  note: 'agent',
  lineitem: 'system',
};
/** The author's name (assistant), then the older header's name. */
export const THREAD_AUTHOR = 'span[data-nocollapse="true"]';
export const THREAD_AUTHOR_FALLBACK = 'section.threadHeader .name';
/** The author's address where the header shows one (reconstructed). */
export const THREAD_AUTHOR_EMAIL = 'section.threadHeader a[href^="mailto:"]';
/** Message text (thread-hider), then the newer item's body (reconstructed). */
export const THREAD_BODY = 'section.messageBody';
export const THREAD_BODY_FALLBACK = '[data-cy="ThreadBody"], .thread-content';
export const THREAD_TIME = 'time[datetime]';

/** Customer profile in the sidebar (assistant); name and address inside it (reconstructed). */
export const CUSTOMER_SIDEBAR = '[data-cy="customer-sidebar"]';
export const CUSTOMER_SIDEBAR_FALLBACK = '.c-conversation-sidebar, aside[aria-label="Customer"]';
export const CUSTOMER_NAME = '[data-cy="customer-name"], h2';
export const CUSTOMER_EMAIL = 'a[href^="mailto:"]';

/** The reply editor (assistant): a Slate editable inside the ConvoEditor container. */
export const REPLY_EDITOR = '[data-cy="ConvoEditor"] [data-slate-editor="true"]';
export const REPLY_EDITOR_FALLBACK = '[role="textbox"][aria-label="Reply Editor"], [data-slate-editor="true"]';
/** The Reply action that opens the editor (assistant's guesses, then the older toolbar). */
export const REPLY_BUTTON = '[data-cy="reply-button"], button[aria-label="Reply"]';
export const REPLY_BUTTON_FALLBACK = 'ul.convo-actions .reply';
