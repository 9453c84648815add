/**
 * Outlook on the web's reading pane and inline reply beyond the built-in profile
 * (lib/sites/profiles/outlook.ts): what its hooks and insertion need. Sources, all
 * read 2026-11-24:
 * - "toggl" = toggl/track-extension src/content/outlook.js: the subject `div[role="heading"]`,
 *   `[aria-label="Message actions"]`, the compose subject `[aria-label="Add a subject"]` and
 *   `button[name="Send"]`.
 * - "fetcher" = a public mail-export extension's Outlook fetchers (search corpus, repository not
 *   named): `[data-app-section="MailReadingPaneContainer"]`, `div[data-app-section="SubjectLine"]`,
 *   message ids in `data-convid` / `data-itemid`, bodies `div[aria-label*="Message body"]`.
 * - The compose body is `[aria-label="Message body"]` (localised: bastibuck/emails-from-template
 *   finds it as `[aria-label='Nachrichtentext']` in German), a roosterjs editor (Microsoft's
 *   open-source editor; that Outlook uses it is common knowledge, not confirmed by a public source).
 * Per-message markup (sender, time, the `aria-label="Email message"` item) and the account
 * control are RECONSTRUCTED from screenshots and Microsoft's account manager, not observed.
 */

/** The reading pane (fetcher). */
export const READING_PANE = '[data-app-section="MailReadingPaneContainer"]';
/** The open conversation and its id (fetcher). */
export const CONVERSATION_ID_ATTR = 'data-convid';

/** One message of the conversation, expanded or collapsed; `data-itemid` is its id (fetcher). */
export const MESSAGE = '[aria-label="Email message"][data-itemid]';
export const MESSAGE_FALLBACK = 'div[data-itemid]';
/** When it was sent, as the pane shows it ("Tue 11/24/2026 9:14 AM"). */
export const SENT_TIME = '[data-app-section="DateTime"]';

/**
 * The signed-in account's address: Microsoft's account manager shows it under the name
 * (`#mectrl_currentAccount_secondary`).
 */
export const ACCOUNT_EMAIL = '#mectrl_currentAccount_secondary';

/** The inline reply's body, a roosterjs editable, and the Reply button that opens it. */
export const COMPOSE_BODY = 'div[aria-label="Message body"][contenteditable="true"]';
export const COMPOSE_BODY_FALLBACK = '[role="textbox"][contenteditable="true"][aria-multiline="true"]';
export const REPLY_BUTTON = 'button[aria-label="Reply"]';
export const REPLY_BUTTON_FALLBACK = '[aria-label="Message actions"] button[name="Reply"]';
