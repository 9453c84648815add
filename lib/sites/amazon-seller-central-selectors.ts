/**
 * Seller Central's Buyer-Seller Messaging thread view, as far as Deskpilot reads it.
 *
 * RECONSTRUCTED, not observed: no saved page of this view is public (../shared/data/gmail-dom/
 * SOURCE.md, "Not found"). The layout (thread list, thread with the buyer's name, anonymised
 * `…@marketplace.amazon.com` address and order id in its header, messages from buyer, seller and
 * Amazon, a reply textarea with Send and "No response needed", the order beside it) follows
 * Seller Central help pages G200383320 / GTV8NTY5RM6N9LUN and public screenshots. Amazon's
 * newer pages mark parts with `data-test-id` and build controls from Katal web components
 * (`kat-textarea`, …), so those come first; the class and text fallbacks are guesses too.
 * All checked 2026-11-24; replace with observed selectors as soon as a real page is seen.
 */

/** The open thread. */
export const THREAD_VIEW = '[data-test-id="thread-view"]';
export const THREAD_VIEW_FALLBACK = '.thread-view, [aria-label="Message thread"]';

/** Thread header parts. */
export const SUBJECT = '[data-test-id="thread-subject"]';
export const SUBJECT_FALLBACK = 'h1, h2';
export const BUYER_NAME = '[data-test-id="buyer-name"]';
export const BUYER_NAME_FALLBACK = '.buyer-name';
export const BUYER_EMAIL = '[data-test-id="buyer-email"]';
export const ORDER_ID = '[data-test-id="order-id"]';
/** Where the header's own labels fail, these hold the same facts as text. */
export const HEADER_FALLBACK = '[data-test-id="thread-header"], header, [data-test-id="order-details"]';
/** The thread's id on the thread view element. */
export const THREAD_ID_ATTR = 'data-thread-id';
/** The order details panel beside the thread (it repeats the buyer's name and order id). */
export const ORDER_DETAILS = '[data-test-id="order-details"]';

/** One message, and who wrote it: `buyer`, `seller`, or `amazon` (system notices). */
export const MESSAGE = '[data-test-id="message-item"]';
export const MESSAGE_FALLBACK = '.message-item, [role=article]';
export const SENDER_ROLE_ATTR = 'data-sender-role';
/** Class-name fallback for the role (BEM modifiers such as `message-item--buyer`). */
export const ROLE_CLASSES: Record<string, 'customer' | 'agent' | 'system'> = {
  buyer: 'customer',
  seller: 'agent',
  system: 'system',
  amazon: 'system',
};
export const MESSAGE_SENDER = '[data-test-id="message-sender"], .message-sender';
export const MESSAGE_TIME = 'time[datetime]';
export const MESSAGE_TIME_FALLBACK = '[data-test-id="message-timestamp"], .message-timestamp';
export const MESSAGE_BODY = '[data-test-id="message-body"]';
export const MESSAGE_BODY_FALLBACK = '.message-body';

/** The reply box, a plain textarea (inside `kat-textarea`'s open shadow root on Katal pages). */
export const REPLY_TEXTAREA = 'textarea[data-test-id="reply-textarea"]';
export const REPLY_TEXTAREA_FALLBACK = '[data-test-id="reply-form"] textarea, form[aria-label="Reply"] textarea';
export const KATAL_TEXTAREA = 'kat-textarea';
/** A button that opens the reply area where it starts closed. */
export const REPLY_OPEN_BUTTON = '[data-test-id="reply-button"]';

/** Amazon order ids: 3-7-7 digits. */
export const ORDER_ID_PATTERN = /\b\d{3}-\d{7}-\d{7}\b/;
/** The buyer's anonymised relay address; marketplaces use their own domain (.com, .de, .co.uk …). */
export const RELAY_EMAIL_PATTERN = /[a-z0-9._-]+@marketplace\.amazon\.[a-z.]+/i;
