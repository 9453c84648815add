/**
 * Gmail's DOM, as far as Deskpilot reads it. Gmail's class names are obfuscated and change, so
 * stable attributes (`email=`, `data-message-id`, `role`, `aria-*`) come first and classes are
 * fallbacks. "gmail.js" = KartikTalwar/gmail.js src/gmail.js @b7dfdab; "InboxSDK" = InboxSDK
 * src/platform-implementation-js/dom-driver/gmail/views/* @a8a6fe2 (both listed, with line
 * numbers, in ../shared/data/gmail-dom/selectors.json). "Reconstructed" = from public
 * descriptions and screenshots, not from a saved page. All checked 2026-11-24.
 */

/** Subject of the open conversation. gmail.js thread.dom('subject') (line 4504). */
export const SUBJECT = 'h2.hP';
/** Subject fallback. InboxSDK gmail-thread-view.ts getSubject() (line 520). */
export const SUBJECT_FALLBACK = '.ha h2';

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

/** Sender: `email` and `name` attributes. gmail.js email.dom('from') (4460). */
export const SENDER = 'span.gD[email]';
/** Sender fallbacks. InboxSDK gmail-message-view.ts getSender() (226), sender row 'h3.iw' (939). */
export const SENDER_FALLBACK = 'td.gF span[email], h3.iw span[email]';
/** Recipients ("to me, …"). gmail.js email.dom('to') (4461), InboxSDK getRecipients() '.hb span[email]'. */
export const RECIPIENTS = '.hb span[email], span.g2[email]';

/** Time; the `title` holds the full date. gmail.js (4463), InboxSDK getDateString() '.gK .g3' (294). */
export const TIMESTAMP = 'span.g3';
/**
 * Body container and body. InboxSDK getContentsElement() 'div.ii.gt' (210); gmail.js email.dom('body')
 * 'div.a3s' (4459). The quoted history Gmail trims behind its "…" button (.adL/.adm/.yj6qo, per the
 * selectors.json notes) is read with the body: lib/ticket strips quotes, not the adapter.
 */
export const BODY = 'div.ii.gt div.a3s';
export const BODY_FALLBACK = 'div.a3s, div.ii.gt';
/**
 * Snippet of a collapsed message (its body is not in the page until it is opened).
 * Reconstructed: class seen in public Gmail userscripts and screenshots of the collapsed row, 2024.
 */
export const COLLAPSED_SNIPPET = '.iA.g6';

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
/**
 * "me": Gmail names the signed-in account `me` in recipient lines and thread rows
 * (name="me" on span.zF in InboxSDK's saved 2014 inbox; `to me` on span.g2). English only.
 */
export const ME_MARKER = 'span[email][name="me"]';
