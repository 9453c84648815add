/**
 * Outlook on the web's reading pane, as the built-in profile Deskpilot reads it with. Sources, all
 * read 2026-11-24:
 * - "toggl" = toggl/track-extension src/content/outlook.js: the subject `div[role="heading"]`.
 * - "fetcher" = a public mail-export extension's Outlook fetchers (search corpus, repository not
 *   named): `[data-app-section="MailReadingPaneContainer"]`, `div[data-app-section="SubjectLine"]`,
 *   message ids in `data-convid` / `data-itemid`, bodies `div[aria-label*="Message body"]`.
 * Per-message markup (sender, time, the `aria-label="Email message"` item) is RECONSTRUCTED from
 * screenshots, not observed. The signed-in account and the conversation id are hooks
 * (lib/sites/outlook-hooks.ts); the reply box and buttons are in lib/sites/outlook-selectors.ts.
 */
import type { SiteProfile } from '../profile/types';

export const OUTLOOK_PROFILE: SiteProfile = {
  id: 'deskpilot.outlook',
  site: 'outlook',
  seen: '2026-11-24',
  label: 'Outlook on the web reading pane (built in)',
  selectors: {
    // The reading pane (fetcher).
    thread: '[data-app-section="MailReadingPaneContainer"]',
    // One message, expanded or collapsed; `data-itemid` is its id (fetcher).
    message: '[aria-label="Email message"][data-itemid]',
    // The message body (fetcher); the compose body is editable and left out.
    body: 'div[aria-label="Message body"]:not([contenteditable="true"])',
    // Sender: the persona's name, its address in `title` or as "Name <address>" text.
    author: '[data-app-section="SenderLine"]',
    // When it was sent, as the pane shows it ("Tue 11/24/2026 9:14 AM").
    time: '[data-app-section="DateTime"]',
    // Subject (fetcher).
    subject: '[data-app-section="SubjectLine"]',
    // The inline reply's body, a roosterjs editable; insertion stays code (lib/sites/outlook.ts).
    replyBox: 'div[aria-label="Message body"][contenteditable="true"]',
  },
  fallbacks: {
    thread: [{ css: '[role="main"]', certainty: 0.6 }],
    message: [{ css: 'div[data-itemid]', certainty: 0.6 }],
    body: [
      { css: '[role="document"]', certainty: 0.5 },
      // A collapsed message shows only its first line.
      { css: '[data-app-section="ItemPreview"]', certainty: 1 },
    ],
    author: [{ css: '[aria-label^="From:"]', certainty: 0.5 }],
    // toggl.
    subject: [{ css: 'div[role="heading"]', certainty: 0.8 }],
  },
  roles: {
    // With the account shown, anyone not at the shop is the customer; without it, whoever opened the conversation.
    others: 'customer',
    othersNeedSelf: true,
  },
  untitled: ['(no subject)'],
};
