/**
 * eBay member messages (buyer ↔ seller), as far as Deskpilot reads them.
 *
 * Routes are OBSERVED in public code (2026-11-24): message pages live under `/mesgweb/ViewMessages`
 * and `/mesgweb/ViewMessageDetail` on mesg.ebay.<tld>, and under `/cnt/ViewMessage` and
 * `/mye/myebay/messages` on www.ebay.<tld> (a public eBay-inbox helper's `messageUrl` check, and
 * Selenium scripts opening `mesg.ebay.com/mesgweb/ViewMessages/0/m2m`); replies post to
 * `/cnt/ReplyToMessages` with `questionId`, `itemId` and `recipientId`. Order numbers are 2-5-5
 * digits (`/^[0-9]{2}-[0-9]{5}-[0-9]{5}$/` in a public order tool).
 *
 * The DOM is RECONSTRUCTED, not observed: no saved message page is public. It follows eBay's help
 * pages and screenshots (conversation header with the member's user ID, the item/order card, chat
 * bubbles, a "Write a message" box) and eBay's open-source Skin design system (`textbox__control`,
 * `btn--primary`). `data-testid` names are guesses in the style of eBay's newer pages; class and
 * text fallbacks are guesses too. Replace with observed selectors as soon as a real page is seen.
 */

/** The open conversation, and its id (also the `question_id` of the URL). */
export const CONVERSATION = '[data-testid="conversation"]';
export const CONVERSATION_FALLBACK = '.msg-conversation, main [role="log"]';
export const CONVERSATION_ID_ATTR = 'data-conversation-id';

/** Header: subject line and the other member's user ID (a link to their profile, /usr/<id>). */
export const SUBJECT = '[data-testid="conversation-subject"]';
export const SUBJECT_FALLBACK = 'h1, h2';
export const MEMBER = '[data-testid="member-username"]';
export const MEMBER_FALLBACK = 'a[href*="/usr/"]';

/** The item/order card beside the thread; for a sale it shows the buyer's name and the order number. */
export const ORDER_CARD = '[data-testid="item-card"]';
export const ORDER_CARD_FALLBACK = '.msg-item-card, aside';
export const BUYER_NAME = '[data-testid="buyer-name"]';
export const ORDER_NUMBER = '[data-testid="order-number"]';

/** One message; `data-sender` is `buyer`, `seller` or `ebay` (eBay's own notices). */
export const MESSAGE = '[data-testid="message"]';
export const MESSAGE_FALLBACK = '.msg-bubble';
export const SENDER_ATTR = 'data-sender';
/** Class modifiers of the bubble fallback: the signed-in seller's own messages are "sent". */
export const ROLE_CLASSES: Record<string, 'customer' | 'agent' | 'system'> = {
  buyer: 'customer',
  received: 'customer',
  seller: 'agent',
  sent: 'agent',
  ebay: 'system',
  system: 'system',
};
export const MESSAGE_SENDER = '[data-testid="message-sender"], .msg-bubble__sender';
export const MESSAGE_BODY = '[data-testid="message-body"]';
export const MESSAGE_BODY_FALLBACK = '.msg-bubble__text';
export const MESSAGE_TIME = 'time[datetime]';

/** The reply box: a plain textarea (Skin's `textbox__control`), and the control that opens it. */
export const REPLY_TEXTAREA = 'textarea[data-testid="reply-textarea"]';
export const REPLY_TEXTAREA_FALLBACK =
  'form[data-testid="reply-form"] textarea, textarea.textbox__control, textarea[aria-label="Write a message"]';
export const REPLY_OPEN_BUTTON = '[data-testid="reply-button"]';

/** eBay order numbers, 2-5-5 digits (12-34567-89012). */
export const ORDER_NUMBER_PATTERN = /(?<![\d-])\d{2}-\d{5}-\d{5}(?![\d-])/;
/** Labels eBay gives the signed-in member's own messages where no attribute says who wrote. */
export const OWN_LABELS = new Set(['you', 'me']);
