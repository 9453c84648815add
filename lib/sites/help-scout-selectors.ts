/**
 * Help Scout's conversation view: what insertion needs (reading is data, the built-in profile
 * lib/sites/profiles/help-scout.ts). Sources, all read 2026-11-24:
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

/** The reply editor (assistant): a Slate editable inside the ConvoEditor container. */
export const REPLY_EDITOR = '[data-cy="ConvoEditor"] [data-slate-editor="true"]';
export const REPLY_EDITOR_FALLBACK = '[role="textbox"][aria-label="Reply Editor"], [data-slate-editor="true"]';
/** The Reply action that opens the editor (assistant's guesses, then the older toolbar). */
export const REPLY_BUTTON = '[data-cy="reply-button"], button[aria-label="Reply"]';
export const REPLY_BUTTON_FALLBACK = 'ul.convo-actions .reply';
