/**
 * Gmail's DOM beyond the built-in profile (lib/sites/profiles/gmail.ts): the subject, ids and
 * message lookups its hooks need (lib/sites/gmail-hooks.ts), the account, and the reply box. Gmail's class names are obfuscated and change, so
 * stable attributes (`email=`, `data-message-id`, `role`, `aria-*`) come first and classes are
 * fallbacks. "gmail.js" = KartikTalwar/gmail.js src/gmail.js @b7dfdab; "InboxSDK" = InboxSDK
 * src/platform-implementation-js/dom-driver/gmail/views/* @a8a6fe2 (both listed, with line
 * numbers, in ../shared/data/gmail-dom/selectors.json). "Reconstructed" = from public
 * descriptions and screenshots, not from a saved page. All checked 2026-11-24.
 */

/**
 * Subject of the open conversation. gmail.js thread.dom('subject') (line 4504). A build that draws
 * its headings as divs keeps them headings by their role (`role=heading`, as ARIA asks; 2026-12-06).
 */
export const SUBJECT = 'h2.hP, [role=heading].hP';
/** Subject fallback. InboxSDK gmail-thread-view.ts getSubject() (line 520); the heading by its role too. */
export const SUBJECT_FALLBACK = '.ha h2, .ha [role=heading]';

/** Thread ids on the subject h2. gmail.js (lines 513, 4567), InboxSDK gmail-thread-view.ts (553–566). */
export const LEGACY_THREAD_ID_ATTR = 'data-legacy-thread-id';
export const PERM_THREAD_ID_ATTR = 'data-thread-perm-id';

/** The message list of a conversation. InboxSDK gmail-thread-view.ts addCustomMessage ('[role=list]'). */
export const MESSAGE_LIST = '[role=list]';
/** One message, expanded or collapsed. gmail.js (4295, 4553), InboxSDK gmail-message-view.ts (123). */
export const MESSAGE = 'div.adn[data-message-id]';
/** Fallback: any element carrying Gmail's message id inside a list item. InboxSDK gmail-message-view.ts. */
export const MESSAGE_ID = '[data-message-id]';
export const MESSAGE_FALLBACK = `[role=listitem] ${MESSAGE_ID}`;
/**
 * A message as a list item of the conversation, with no message id (a view whose items carry none: the
 * Hebrew conversation view reconstructed 2026-12-06). The built-in profile reads these too.
 */
export const LISTED_MESSAGE = `${MESSAGE_LIST} > [role=listitem]`;

/** Recipients ("to me, …"). gmail.js email.dom('to') (4461), InboxSDK getRecipients() '.hb span[email]'. */
export const RECIPIENTS = '.hb span[email], span.g2[email]';

/** A message's body, anywhere (the "me" markers inside one are the sender's HTML, not Gmail's). gmail.js 'div.a3s' (4459). */
export const BODY_FALLBACK = 'div.a3s, div.ii.gt';

/** Reply buttons of a message. gmail.js email.dom('reply_button') (4468). */
export const REPLY_BUTTON = 'div[role=button].aaq, div[role=button].bsQ';
/**
 * Reply fallbacks: the labelled button, and the "Reply" link under the last message
 * (span.ams.bkH: reconstructed from screenshots, 2024). English labels only.
 */
export const REPLY_BUTTON_FALLBACK = '[role=button][aria-label="Reply"], [role=button][data-tooltip="Reply"], span.ams.bkH[role=link]';

/**
 * The compose body (reply box). gmail.js compose.dom('body') 'div[contenteditable=true]' (4257);
 * InboxSDK gmail-compose-view.ts '.Ap [g_editable=true]' (1096); `.Am.Al.editable` and
 * role=textbox are what both saw on it.
 */
export const COMPOSE_BODY =
  'div[contenteditable=true][role=textbox], div.Am.Al.editable[contenteditable=true], [g_editable=true][contenteditable=true]';
/** A pop-up compose window (a new message or a popped-out reply). gmail.js 'div.AD' (2565). */
export const POPUP_COMPOSE = 'div.AD';

/**
 * The account button: aria-label "Google Account: <name> (<email>)". Seen in many public
 * extensions querying 'a[aria-label^="Google Account:"]', 2023–2026. The label is translated,
 * so only the e-mail in parentheses inside the banner is relied on.
 */
export const ACCOUNT_BUTTON = 'header a[aria-label*="@"], [role=banner] a[aria-label*="@"], a[aria-label^="Google Account"]';
/** Gmail's top bar, which holds the account button (the first `header` / banner of the page; checked 2026-12-04 on the saved fixtures). */
export const PAGE_BANNER = 'header, [role=banner]';
/** ACCOUNT_BUTTON looked for inside PAGE_BANNER. */
export const ACCOUNT_BUTTON_IN_BANNER = 'a[aria-label*="@"], a[aria-label^="Google Account"]';
/**
 * "me": Gmail names the signed-in account `me` in recipient lines and thread rows
 * (name="me" on span.zF in InboxSDK's saved 2014 inbox; `to me` on span.g2). English only.
 */
export const ME_MARKER = 'span[email][name="me"]';
