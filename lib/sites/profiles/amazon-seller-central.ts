/**
 * Seller Central's Buyer-Seller Messaging thread view, as the built-in profile Deskpilot reads it
 * with. RECONSTRUCTED, not observed: no saved page of this view is public (../shared/data/gmail-dom/
 * SOURCE.md, "Not found"). The layout (thread header with the buyer's name, anonymised
 * `…@marketplace.amazon.com` address and order id, messages from buyer, seller and Amazon, the
 * order details beside them) follows Seller Central help pages G200383320 / GTV8NTY5RM6N9LUN and
 * public screenshots; `data-test-id` names are guesses in the style of Amazon's newer pages, the
 * class and text fallbacks guesses too. All checked 2026-11-24; replace with observed selectors as
 * soon as a real page is seen. Routes and the reply box (Katal's shadow roots) stay code
 * (lib/sites/amazon-seller-central.ts).
 */
import type { SiteProfile } from '../profile/types';

const THREAD_FALLBACK = '.thread-view, [aria-label="Message thread"]';
const MESSAGE = ':is([data-test-id="message-item"], .message-item, [role=article])';
/** A BEM-style role modifier on the message's class (`message-item--buyer`, `msg_seller`). */
const roleClass = (role: string) => `[class$="-${role}"], [class*="-${role} "], [class$="_${role}"], [class*="_${role} "]`;

export const AMAZON_SELLER_CENTRAL_PROFILE: SiteProfile = {
  id: 'deskpilot.amazon-seller-central',
  site: 'amazon-seller-central',
  seen: '2026-11-24',
  label: 'Seller Central Buyer-Seller Messaging thread (built in)',
  selectors: {
    thread: '[data-test-id="thread-view"]',
    message: '[data-test-id="message-item"]',
    body: '[data-test-id="message-body"]',
    author: '[data-test-id="message-sender"], .message-sender',
    time: 'time[datetime]',
    subject: '[data-test-id="thread-subject"]',
    // The header's buyer comes first in the page; the order details panel repeats it.
    customerName: '[data-test-id="buyer-name"]',
    customerEmail: '[data-test-id="buyer-email"]',
    orderRef: '[data-test-id="order-id"]',
    replyBox: 'textarea[data-test-id="reply-textarea"]',
  },
  fallbacks: {
    thread: [{ css: THREAD_FALLBACK, certainty: 0.6 }],
    message: [{ css: '.message-item, [role=article]', certainty: 0.6 }],
    body: [{ css: '.message-body', certainty: 0.6 }],
    time: [{ css: '[data-test-id="message-timestamp"], .message-timestamp', certainty: 0.6 }],
    subject: [{ css: `:is(${THREAD_FALLBACK}) :is(h1, h2)`, certainty: 0.7 }],
    customerName: [{ css: `:is(${THREAD_FALLBACK}) .buyer-name`, certainty: 0.7 }],
    // The header shows the relay address as text where its own label is missing.
    customerEmail: [{ css: '[data-test-id="buyer-info"], [data-test-id="thread-header"]', certainty: 0.7 }],
    orderRef: [{ css: '[data-test-id="thread-header"], [data-test-id="order-details"], header', certainty: 0.8 }],
  },
  roles: {
    // The sender attribute (`buyer`, `seller`, `amazon`/`system`), else a class modifier.
    agent: `${MESSAGE}:is([data-sender-role="seller" i], ${roleClass('seller')})`,
    customer: `${MESSAGE}:is([data-sender-role="buyer" i], ${roleClass('buyer')})`,
    skip: `${MESSAGE}:is([data-sender-role="amazon" i], [data-sender-role="system" i], ${roleClass('amazon')}, ${roleClass('system')})`,
    // Amazon's own notices are signed "Amazon" ("Amazon Services", …).
    labels: [{ pattern: '^amazon(\\s|$)', role: 'skip' }],
    // With no buyer name to compare, the buyer is assumed: a missed agent reply costs less.
    others: 'customer',
  },
  // The header's buyer (and relay address) is authoritative; a message shows only a name.
  customerAuthor: 'card',
  threadAttribute: 'data-thread-id',
  // Query parameters that have carried a thread id in messaging URLs (reconstructed, 2026-11-24).
  threadParams: ['t', 'threadId', 'thread'],
  untitled: ['Message from {customer}', 'Buyer message'],
  // Amazon order ids are 3-7-7 digits; Amazon's own subjects read "… (Order: 114-…)".
  orderInSubject: { pattern: '\\b\\d{3}-\\d{7}-\\d{7}\\b', subject: '{subject} (Order: {order})' },
};
