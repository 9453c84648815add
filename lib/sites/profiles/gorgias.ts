/**
 * Gorgias's ticket view (/app/ticket/<id>), as the built-in profile Deskpilot reads it with. The
 * conversation's markup is RECONSTRUCTED (checked 2026-11-24): no saved page is public, so its test
 * ids follow the names of Gorgias's public REST API (messages with `from_agent`, `public`,
 * `channel`, `sender`, `created_datetime`; internal notes are non-public messages). Replace them
 * once a real page is seen. The reply field (OBSERVED, Draft.js) is in lib/sites/gorgias-selectors.ts.
 */
import type { SiteProfile } from '../profile/types';

const MESSAGE = ':is([data-testid="ticket-message"], [data-message-id])';
const VIEW = ':is([data-testid="ticket-view"], main)';

export const GORGIAS_PROFILE: SiteProfile = {
  id: 'deskpilot.gorgias',
  site: 'gorgias',
  seen: '2026-11-24',
  label: 'Gorgias ticket view (built in)',
  selectors: {
    // The open ticket (RECONSTRUCTED).
    thread: '[data-testid="ticket-view"]',
    // One message (RECONSTRUCTED), its direction and visibility as the API names them.
    message: '[data-testid="ticket-message"]',
    body: '[data-testid="ticket-message-body"]',
    author: '[data-testid="ticket-message-sender-name"]',
    // Shown as "<address>" beside the name.
    authorEmail: '[data-testid="ticket-message-sender-email"]',
    time: 'time[datetime]',
    // An editable title in the ticket header (RECONSTRUCTED).
    subject: '[data-testid="ticket-view"] [data-testid="ticket-subject"]',
    // The customer profile in the sidebar (RECONSTRUCTED).
    customerName: '[data-testid="customer-profile"] [data-testid="customer-name"]',
    customerEmail: '[data-testid="customer-profile"] :is([data-testid="customer-email"], a[href^="mailto:"])',
    // Draft.js's editable (OBSERVED); insertion stays code (lib/sites/gorgias.ts).
    replyBox: '[data-testid="ticket-reply-editor"] .public-DraftEditor-content[contenteditable="true"]',
  },
  fallbacks: {
    thread: [{ css: 'main', certainty: 0.6 }],
    message: [{ css: '[data-message-id]', certainty: 0.5 }],
    body: [{ css: '.message-body', certainty: 0.5 }],
    subject: [
      { css: `main [data-testid="ticket-subject"]`, certainty: 0.9 },
      { css: `${VIEW} :is(h1, [aria-label="Ticket subject"])`, certainty: 0.7 },
    ],
  },
  roles: {
    // Internal notes (non-public, or the internal-note channel), then the API's `from_agent`.
    agent: `${MESSAGE}:is([data-public="false"], [data-channel="internal-note"], [data-from-agent="true"])`,
    customer: `${MESSAGE}[data-from-agent="false"]`,
  },
  customerAuthor: 'card',
  threadPath: '^/app/ticket/(\\d+)(?:/|$)',
  untitled: ['Ticket #{id}', 'Gorgias ticket'],
};
