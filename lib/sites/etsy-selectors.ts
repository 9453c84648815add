/**
 * Etsy conversations (buyer ↔ shop), as far as Deskpilot reads them.
 *
 * OBSERVED in public code (2026-11-24): conversations live at `www.etsy.com/messages/<id>` and
 * `www.etsy.com/your/conversations/<id>` (notification-mail link parsers and seller tools);
 * the composer sits beside a `[aria-label="Quick replies"]` button, Etsy's buttons carry
 * `data-clg-id="WtButton"` and its text uses Web Toolkit classes such as `wt-text-body-01`
 * (AcierDev/Etsy-Chat- content.js). Receipts (orders) are long numbers shown as "Order #…".
 *
 * The rest is RECONSTRUCTED, not observed: no saved conversation page is public. The layout
 * (folders, conversation list, header with the other member's name and username, message
 * bubbles, "About this buyer" panel, composer) follows Etsy help pages and screenshots;
 * `data-selector` names are guesses in the style of Etsy's pages. Replace them as soon as a real
 * page is seen.
 */

/** The open conversation and its id. */
export const CONVERSATION = '[data-selector="conversation"]';
export const CONVERSATION_FALLBACK = '[aria-label="Conversation"], .conversation-view';
export const CONVERSATION_ID_ATTR = 'data-conversation-id';

/** Header: subject (older conversations have one), the other member's name and username. */
export const SUBJECT = '[data-selector="conversation-subject"]';
export const MEMBER_NAME = '[data-selector="other-member-name"]';
export const MEMBER_NAME_FALLBACK = 'h2, h1';
export const MEMBER_USERNAME = '[data-selector="other-member-username"]';

/** The order card ("Order #3312345678") Etsy shows when the conversation is about a purchase. */
export const ORDER_CARD = '[data-selector="receipt-card"]';
export const ORDER_PATTERN = /Order\s*#\s*(\d{6,12})\b/i;

/** One message; `data-sender` is `self` (the shop), `other` (the buyer) or `etsy` (notices). */
export const MESSAGE = '[data-selector="message"]';
export const MESSAGE_FALLBACK = '.convo-message';
export const SENDER_ATTR = 'data-sender';
export const ROLE_NAMES: Record<string, 'customer' | 'agent' | 'system'> = {
  other: 'customer',
  buyer: 'customer',
  self: 'agent',
  seller: 'agent',
  etsy: 'system',
};
export const MESSAGE_SENDER = '[data-selector="message-sender"]';
export const MESSAGE_BODY = '[data-selector="message-text"]';
/** Etsy's body-text class (observed, see above) as the fallback for the message text. */
export const MESSAGE_BODY_FALLBACK = '.wt-text-body-01';
export const MESSAGE_TIME = 'time[datetime]';

/** The composer textarea; the observed Quick replies button anchors the fallback. */
export const REPLY_TEXTAREA = '[data-selector="composer"] textarea';
export const QUICK_REPLIES = '[aria-label="Quick replies"]';
export const REPLY_TEXTAREA_FALLBACK = 'textarea[placeholder*="message" i], textarea[name*="message"]';
