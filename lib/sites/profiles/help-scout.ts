/**
 * Help Scout's conversation view, as the built-in profile Deskpilot reads it with. Sources, all
 * read 2026-11-24:
 * - "harvest" = wearerequired/harvest-chrome js/profiles/helpscout.js @02b1540: the route
 *   `/conversation/<id>/<number>`, the subject `#subjectLine`.
 * - "thread-hider" = trentslutzky/helpscout-thread-hider threadhider.js @b4cc6b1: customer threads
 *   are `article.thread.customer` with `id="thread-<id>"`, the text in `section.messageBody`
 *   under `section.threadHeader`.
 * - "assistant" = a public Help Scout GPT-assistant extension (search corpus, repository not
 *   named): newer markup `[data-testid="ThreadContainer"]` / `ol[aria-label="Thread Items"]`,
 *   `div[id^="thread-"]` items labelled "Customer response" / "User reply" / "Note", the author in
 *   `span[data-nocollapse="true"]`, `[data-cy="customer-sidebar"]`.
 * Thread-type classes other than `customer`, times and the sidebar's inner parts are
 * RECONSTRUCTED from Help Scout's API thread types and screenshots. The reply editor (Slate) is in
 * lib/sites/help-scout-selectors.ts: insertion stays code.
 */
import type { SiteProfile } from '../profile/types';

const THREAD = ':is(article.thread, div[id^="thread-"])';
const SIDEBAR = '[data-cy="customer-sidebar"]';
const SIDEBAR_FALLBACK = ':is(.c-conversation-sidebar, aside[aria-label="Customer"])';
const CUSTOMER_NAME = ':is([data-cy="customer-name"], h2)';

export const HELP_SCOUT_PROFILE: SiteProfile = {
  id: 'deskpilot.help-scout',
  site: 'help-scout',
  seen: '2026-11-24',
  label: 'Help Scout conversation (built in)',
  selectors: {
    // The thread list (assistant).
    thread: '[data-testid="ThreadContainer"], ol[aria-label="Thread Items"]',
    // One thread item (thread-hider).
    message: 'article.thread',
    // Message text (thread-hider).
    body: 'section.messageBody',
    // The author's name (assistant); the address where the older header shows one (RECONSTRUCTED).
    author: 'span[data-nocollapse="true"]',
    authorEmail: 'section.threadHeader a[href^="mailto:"]',
    time: 'time[datetime]',
    // The subject (harvest).
    subject: '#subjectLine',
    // The customer profile in the sidebar (assistant); name and address inside it (RECONSTRUCTED).
    customerName: `${SIDEBAR} ${CUSTOMER_NAME}`,
    customerEmail: `${SIDEBAR} a[href^="mailto:"]`,
    // The Slate editable of the reply (assistant).
    replyBox: '[data-cy="ConvoEditor"] [data-slate-editor="true"]',
  },
  fallbacks: {
    // The older page's conversation body (thread-hider's articles live there).
    thread: [{ css: '#convo-main, .c-conversation', certainty: 0.6 }],
    // Newer items (assistant).
    message: [{ css: 'div[id^="thread-"]', certainty: 0.5 }],
    // The newer item's body (RECONSTRUCTED).
    body: [{ css: '[data-cy="ThreadBody"], .thread-content', certainty: 0.5 }],
    // The older header's name (thread-hider).
    author: [{ css: 'section.threadHeader .name', certainty: 0.5 }],
    subject: [{ css: '[data-cy="ConvoSubject"], main h1', certainty: 0.7 }],
    customerName: [{ css: `${SIDEBAR_FALLBACK} ${CUSTOMER_NAME}`, certainty: 0.7 }],
    customerEmail: [{ css: `${SIDEBAR_FALLBACK} a[href^="mailto:"]`, certainty: 0.7 }],
  },
  roles: {
    // Thread-type classes (Help Scout API thread types), then the newer items' labels.
    agent: `${THREAD}:is(.message, .note), ${THREAD}:not(.customer, [aria-label*="customer" i]):is([aria-label*="user" i], [aria-label*="note" i])`,
    customer: `${THREAD}.customer, ${THREAD}[aria-label*="customer" i]`,
    // Status line items are not messages.
    skip: `${THREAD}.lineitem`,
    // With no type, no label and no customer known, the customer is assumed: a missed agent reply costs less.
    others: 'customer',
  },
  // The thread's own author line names the customer as they wrote; the sidebar fills the rest.
  customerAuthor: 'message',
  threadPath: '^/conversation/(\\d+)(?:/(\\d+))?/?$',
  untitled: ['Conversation #{2}', 'Help Scout conversation'],
};
