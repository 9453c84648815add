/**
 * Freshdesk's agent ticket view (/a/tickets/<id>), as the built-in profile Deskpilot reads it with.
 * No saved page of it is public. OBSERVED (checked 2026-11-24) means queried by public scripts
 * against live Freshdesk: a Playwright bot (code index 71006600985), the "Sidecar → Freshdesk"
 * userscript (`[data-testid="ticket-subject"]`, `.ticket-subject-heading`, `.ticket-description
 * .text__content`), LauraSWP/scripts fd-quicktool.js (`.ticket_note[data-note-id]`,
 * `.text__content`). RECONSTRUCTED means a guess in the same style; replace it once a real page is
 * seen. Quoted history (`div.freshdesk_quote`) is read with the body: lib/ticket strips quotes.
 */
import type { SiteProfile } from '../profile/types';

/** A note's direction, as Freshdesk's API has it, carried by class modifiers (RECONSTRUCTED). */
const NOTE = '[data-note-id]';
const ITEM = '[data-test-id="conversation-item"]';
/** The sidebar beside the ticket, by tag or landmark role. */
const SIDEBAR = ':is(aside, [role="complementary"])';

export const FRESHDESK_PROFILE: SiteProfile = {
  id: 'deskpilot.freshdesk',
  site: 'freshdesk',
  seen: '2026-11-24',
  label: 'Freshdesk ticket view (built in)',
  selectors: {
    // The conversation: the description first, then replies and notes (RECONSTRUCTED container).
    thread: '[data-test-id="ticket-conversation"]',
    // The description (OBSERVED `.ticket-description`) and each reply or note (OBSERVED `.ticket_note[data-note-id]`).
    message: '.ticket-description, .ticket_note[data-note-id]',
    // A message's text (OBSERVED `.text__content`).
    body: '.text__content',
    // Who sent it (RECONSTRUCTED); the address in its `data-email`.
    author: '[data-test-id="conversation-sender"]',
    time: 'time[datetime]',
    // The subject heading (OBSERVED).
    subject: '[data-testid="ticket-subject"], [data-test-id="ticket-subject"]',
    // The requester card beside the ticket (RECONSTRUCTED).
    customerName: '[data-test-id="requester-info"] [data-test-id="requester-name"]',
    customerEmail: '[data-test-id="requester-info"] :is([data-test-id="requester-email"], a[href^="mailto:"])',
    // Froala's editable inside the open editor (OBSERVED); insertion stays code (lib/sites/freshdesk.ts).
    replyBox: '[data-test-id="active-editor"] .fr-element.fr-view[contenteditable="true"]',
  },
  fallbacks: {
    thread: [{ css: '.ticket-conversation, .conversation_thread', certainty: 0.6 }],
    // Without those classes: conversation items by test id (RECONSTRUCTED).
    message: [{ css: ITEM, certainty: 0.5 }],
    body: [{ css: '[data-test-id="conversation-body"]', certainty: 0.5 }],
    // Older subject headings (OBSERVED).
    subject: [{ css: '.ticket-subject-heading, h2.subject', certainty: 0.7 }],
    // A build without test ids (layout mutations, 2026-12-07): the requester card is still the sidebar beside the
    // ticket, its name a link to the contact's page (RECONSTRUCTED from /a/contacts/<id> on every saved page) and
    // its address a mail link. A contact linked in the thread (a colleague who forwarded it in) is not the card.
    customerName: [{ css: `${SIDEBAR} a[href*="/contacts/"]:not([href^="mailto:"])`, certainty: 0.6 }],
    customerEmail: [{ css: `${SIDEBAR} a[href^="mailto:"]`, certainty: 0.6 }],
  },
  roles: {
    // Private notes and outgoing replies are ours; incoming notes and the description the contact's.
    agent: `:is(${NOTE}, ${ITEM}):is(.private-note, .outgoing)`,
    customer: `.ticket-description, :is(${NOTE}, ${ITEM}).incoming`,
  },
  // The requester card is authoritative for the customer's name and address.
  customerAuthor: 'card',
  threadPath: '^/a/tickets/(\\d+)(?:/|$)',
  untitled: ['Ticket #{id}', 'Freshdesk ticket'],
};
