/**
 * Zendesk Agent Workspace's ticket view, as the built-in profile Deskpilot reads it with. No saved
 * page of it is public; the selectors marked OBSERVED are queried by public userscripts and
 * extensions (checked 2026-11-24): joaoaguiar264/Automacoes-ALT ("Zendesk - ALT Copilot.user.js"),
 * holatuwol/liferay-zendesk-userscript (user_script.ts), LauraSWP/scripts, and a public Zendesk
 * transcript userscript that reads the sender type from the message's `type` attribute. Those
 * marked RECONSTRUCTED are guesses in the same naming style; replace them once a real page is seen.
 * Zendesk keeps every open ticket tab in the DOM: the open ticket's pane is found by a hook
 * (lib/sites/zendesk.ts) and everything is read inside it.
 */
import type { SiteProfile } from '../profile/types';

const MESSAGE = '[data-test-id="omni-log-item-message"]';
const INTERNAL_NOTE = '[data-test-id="omni-log-internal-note"]';
/**
 * A Talk voicemail: a log item (not a comment item) that carries the call's recording, signed by the caller
 * with its transcript (RECONSTRUCTED, blind-21 Agent Workspace page 2026-12-07): the caller's message.
 */
const VOICE_COMMENT = '[data-test-id="omni-log-item"]:has(audio)';

export const ZENDESK_PROFILE: SiteProfile = {
  id: 'deskpilot.zendesk',
  site: 'zendesk',
  seen: '2026-11-24',
  label: 'Zendesk Agent Workspace ticket (built in)',
  selectors: {
    // The conversation log (OBSERVED).
    thread: '[data-test-id="omni-log-container"]',
    // One comment in the log (OBSERVED); an internal note may come as its own kind of log item
    // (RECONSTRUCTED, seen on the blind-4 Agent Workspace page 2026-12-05): a message too, ours; so is a voicemail, the caller's.
    // By test id whatever the tag: a build that renders the items as divs (layout mutations, 2026-12-07) keeps the
    // ids, and a tag-bound comment selector would leave the voicemail (a div on every build) as the only message.
    message: `[data-test-id="omni-log-comment-item"], ${INTERNAL_NOTE}, ${VOICE_COMMENT}`,
    // The message's text (OBSERVED).
    body: '[data-test-id="omni-log-message-content"]',
    // Sender: the user link inside the sender line (OBSERVED); its `title` may hold the address.
    author: '[data-test-id="omni-log-comment-user-link"]',
    // Absolute time on `time[datetime]` (OBSERVED `time[data-test-id^="timestamp-"]`).
    time: 'time[data-test-id^="timestamp-"][datetime], time[datetime]',
    // Subject: an input in the ticket header (OBSERVED).
    subject: '[data-test-id="omni-header-subject"]',
    // The requester field (OBSERVED `ticket-system-field-requester-menu`; its name part RECONSTRUCTED).
    customerName: '[data-test-id="ticket-system-field-requester-name"]',
    // The customer context panel beside the ticket shows the requester's address (RECONSTRUCTED).
    customerEmail: '[data-test-id="customer-context"] :is([data-test-id="customer-context-email"], a[href^="mailto:"])',
    // Read receipts and the agent signature block are not message text (OBSERVED).
    ignore: '[data-test-id="convo-log-item-read-indicator"], [data-test-id="convo-log-item-delivered-indicator"], div.signature',
    // CKEditor 5's editable (OBSERVED); insertion stays code (lib/sites/zendesk.ts).
    replyBox: '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
  },
  fallbacks: {
    // The log as a landmark (RECONSTRUCTED).
    thread: [{ css: '[role="log"]', certainty: 0.6 }],
    // The log's articles when the test ids go (OBSERVED: the Liferay script reads `article`).
    message: [{ css: 'article', certainty: 0.5 }],
    // E-mail bodies (OBSERVED `.zd-comment`); a voicemail's words are its transcript (RECONSTRUCTED 2026-12-07).
    body: [
      { css: '.zd-comment', certainty: 0.5 },
      { css: '[class*="transcript" i]', certainty: 0.5 },
    ],
    // The sender line (OBSERVED).
    author: [{ css: '[data-test-id="omni-log-item-sender"]', certainty: 1 }],
    // Older headings (OBSERVED).
    subject: [{ css: '[data-test-id="ticket-pane-subject"], h1[data-test-id="ticket-subject"]', certainty: 0.7 }],
    customerName: [
      { css: '[data-test-id="ticket-system-field-requester-menu"]', certainty: 0.8 },
      // The field under another build's suffix ("-select", seen 2026-12-06): it names the requester when the log
      // opens with a colleague's comment, so the first writer is not taken for the customer. Its first leaf that is no label.
      { css: '[data-test-id^="ticket-system-field-requester"]:not([data-test-id$="label"]) :not(label):not(:has(*))', certainty: 0.7 },
    ],
    // The requester field's chip carries the address in its tooltip (RECONSTRUCTED 2026-12-05: the field's
    // test id varies by build, "-menu", "-select"; the chip titled with an address is the requester).
    customerEmail: [{ css: '[data-test-id^="ticket-system-field-requester"] [title*="@"]', certainty: 0.7 }],
  },
  roles: {
    // Internal notes are ours whatever their type says; then the message's `type` (OBSERVED):
    // `end-user`, `agent` or `internal`.
    agent: `[data-test-id="omni-log-internal-note-tag"], ${INTERNAL_NOTE}, ${MESSAGE}:is([type="agent" i], [type="internal" i])`,
    customer: `${MESSAGE}[type="end-user" i]`,
    // A message Zendesk hides (collapsed duplicates) is not read.
    skip: `${MESSAGE}[aria-hidden="true"]`,
  },
  // The requester field is authoritative for the customer's name and address.
  customerAuthor: 'card',
  threadPath: '^/agent/tickets/(\\d+)(?:/|$)',
  untitled: ['Ticket #{id}', 'Zendesk ticket'],
};
