/**
 * Etsy conversations (buyer ↔ shop), as the built-in profile Deskpilot reads them with. OBSERVED
 * in public code (2026-11-24): the routes, the composer's `[aria-label="Quick replies"]` button,
 * Etsy's Web Toolkit text class `wt-text-body-01` (AcierDev/Etsy-Chat- content.js); receipts are
 * long numbers shown as "Order #…". The rest is RECONSTRUCTED from Etsy help pages and screenshots:
 * `data-selector` names are guesses in the style of Etsy's pages. Replace them as soon as a real
 * page is seen. Routes and the reply box stay code (lib/sites/etsy.ts, etsy-selectors.ts).
 */
import type { SiteProfile } from '../profile/types';

const CONVERSATION_FALLBACK = '[aria-label="Conversation"], .conversation-view';
const MESSAGE = ':is([data-selector="message"], .convo-message)';

export const ETSY_PROFILE: SiteProfile = {
  id: 'deskpilot.etsy',
  site: 'etsy',
  seen: '2026-11-24',
  label: 'Etsy conversation (built in)',
  selectors: {
    thread: '[data-selector="conversation"]',
    message: '[data-selector="message"]',
    body: '[data-selector="message-text"]',
    author: '[data-selector="message-sender"]',
    time: 'time[datetime]',
    // Older conversations have a subject line; newer ones show the member's name only.
    subject: '[data-selector="conversation-subject"]',
    customerName: '[data-selector="other-member-name"]',
    // The member's "@username": messages may be signed with it.
    customerAlias: '[data-selector="other-member-username"]',
    orderRef: '[data-selector="receipt-card"]',
    replyBox: '[data-selector="composer"] textarea',
  },
  fallbacks: {
    thread: [{ css: CONVERSATION_FALLBACK, certainty: 0.6 }],
    message: [{ css: '.convo-message', certainty: 0.6 }],
    // Etsy's body-text class (observed).
    body: [{ css: '.wt-text-body-01', certainty: 0.6 }],
    customerName: [
      { css: `:is(${CONVERSATION_FALLBACK}) :is(h2, h1)`, certainty: 0.7 },
      { css: '[data-selector="other-member-username"]', certainty: 0.5 },
    ],
  },
  roles: {
    // `data-sender`: `self` (the shop), `other` (the buyer), `etsy` (notices).
    agent: `${MESSAGE}:is([data-sender="self" i], [data-sender="seller" i])`,
    customer: `${MESSAGE}:is([data-sender="other" i], [data-sender="buyer" i])`,
    skip: `${MESSAGE}[data-sender="etsy" i]`,
    labels: [{ pattern: '^etsy$', role: 'skip' }],
    others: 'customer',
  },
  customerAuthor: 'card',
  threadAttribute: 'data-conversation-id',
  // `/messages/<id>` (current app) and `/your/conversations/<id>` (older pages); observed 2026-11-24.
  threadPath: '^/(?:messages|your/conversations)/(\\d+)/?$',
  untitled: ['Etsy conversation with {customer}', 'Etsy conversation'],
  orderInSubject: { pattern: 'Order\\s*#\\s*(\\d{6,12})\\b', subject: '{subject} (Order #{order})' },
};
