/**
 * eBay member messages (buyer ↔ seller), as the built-in profile Deskpilot reads them with. The
 * DOM is RECONSTRUCTED, not observed: no saved message page is public. It follows eBay's help pages
 * and screenshots (conversation header with the member's user ID, the item/order card, chat
 * bubbles) and eBay's open-source Skin design system; `data-testid` names are guesses in the style
 * of eBay's newer pages, class and text fallbacks guesses too (2026-11-24). Routes (OBSERVED in
 * public code) and the reply box stay code (lib/sites/ebay.ts, ebay-selectors.ts).
 */
import type { SiteProfile } from '../profile/types';

const CONVERSATION_FALLBACK = '.msg-conversation, main [role="log"]';
const MESSAGE = ':is([data-testid="message"], .msg-bubble)';
/** The bubble's class modifier (`msg-bubble--received`). */
const modifier = (...names: string[]) => names.flatMap((name) => [`[class$="--${name}"]`, `[class*="--${name} "]`]).join(', ');
/** The item/order card beside the thread; for a sale it shows the buyer's name and the order number. */
const CARD = ':is([data-testid="item-card"], .msg-item-card)';

export const EBAY_PROFILE: SiteProfile = {
  id: 'deskpilot.ebay',
  site: 'ebay',
  seen: '2026-11-24',
  label: 'eBay conversation (built in)',
  selectors: {
    thread: '[data-testid="conversation"]',
    message: '[data-testid="message"]',
    body: '[data-testid="message-body"]',
    author: '[data-testid="message-sender"], .msg-bubble__sender',
    time: 'time[datetime]',
    subject: '[data-testid="conversation-subject"]',
    // "Sold to <name>" on the order card; eBay never shows the buyer's address in messages.
    customerName: `${CARD} [data-testid="buyer-name"]`,
    // The other member's user ID in the conversation header (a link to /usr/<id>): how messages sign.
    customerAlias: '[data-testid="member-username"]',
    orderRef: `${CARD} [data-testid="order-number"]`,
    replyBox: 'textarea[data-testid="reply-textarea"]',
  },
  fallbacks: {
    thread: [{ css: CONVERSATION_FALLBACK, certainty: 0.6 }],
    message: [{ css: '.msg-bubble', certainty: 0.6 }],
    body: [{ css: '.msg-bubble__text', certainty: 0.6 }],
    // Each container spelled out, no complex selector inside :is(): happy-dom (tests, evals) reads
    // `:is(main [role="log"]) h2` as `main h2` and took the folder list's heading (2026-12-07).
    subject: [{ css: '.msg-conversation :is(h1, h2), main [role="log"] :is(h1, h2)', certainty: 0.7 }],
    // A question about a listing has no order: the member's user ID names the buyer.
    customerName: [
      { css: '[data-testid="member-username"]', certainty: 1 },
      { css: '.msg-conversation a[href*="/usr/"]', certainty: 0.7 },
    ],
    customerAlias: [{ css: '.msg-conversation a[href*="/usr/"]', certainty: 0.7 }],
    orderRef: [{ css: `${CARD}, aside`, certainty: 0.8 }],
  },
  roles: {
    // `data-sender` (`buyer`, `seller`, `ebay`), else the bubble's modifier: the seller's own are "sent".
    agent: `${MESSAGE}:is([data-sender="seller" i], ${modifier('seller', 'sent')})`,
    customer: `${MESSAGE}:is([data-sender="buyer" i], ${modifier('buyer', 'received')})`,
    skip: `${MESSAGE}:is([data-sender="ebay" i], [data-sender="system" i], ${modifier('ebay', 'system')})`,
    // eBay labels the signed-in member's own messages "You", its notices "eBay".
    labels: [
      { pattern: '^(you|me)$', role: 'agent' },
      { pattern: '^ebay$', role: 'skip' },
    ],
    others: 'customer',
  },
  customerAuthor: 'card',
  threadAttribute: 'data-conversation-id',
  // `?question_id=…` on /cnt/, the last segment on /mesgweb/ViewMessageDetail/ (observed routes, 2026-11-24).
  // `(?:.*/)?`, not `(?:[^/]+/)*`: a repeated group holding a repeat is refused in profiles (pattern-risk.ts).
  threadParams: ['question_id', 'questionId', 'conversation_id', 'conversationId'],
  threadPath: '/ViewMessageDetail/(?:.*/)?(\\d{6,})/?$',
  untitled: ['Message from {customer}', 'eBay message'],
  // eBay order numbers are 2-5-5 digits (12-34567-89012).
  orderInSubject: { pattern: '(?<![\\d-])\\d{2}-\\d{5}-\\d{5}(?![\\d-])', subject: '{subject} (Order: {order})' },
};
