/**
 * eBay member messages (buyer ↔ seller): where Deskpilot writes a reply. Reading is the built-in
 * profile (lib/sites/profiles/ebay.ts).
 *
 * Routes are OBSERVED in public code (2026-11-24): message pages live under `/mesgweb/ViewMessages`
 * and `/mesgweb/ViewMessageDetail` on mesg.ebay.<tld>, and under `/cnt/ViewMessage` and
 * `/mye/myebay/messages` on www.ebay.<tld> (a public eBay-inbox helper's `messageUrl` check, and
 * Selenium scripts opening `mesg.ebay.com/mesgweb/ViewMessages/0/m2m`); replies post to
 * `/cnt/ReplyToMessages` with `questionId`, `itemId` and `recipientId`. Order numbers are 2-5-5
 * digits (`/^[0-9]{2}-[0-9]{5}-[0-9]{5}$/` in a public order tool).
 *
 * The DOM is RECONSTRUCTED, not observed: no saved message page is public. It follows eBay's help
 * pages and screenshots (a "Write a message" box) and eBay's open-source Skin design system
 * (`textbox__control`, `btn--primary`). `data-testid` names are guesses in the style of eBay's
 * newer pages; class and text fallbacks are guesses too. Replace with observed selectors as soon as a real page is seen.
 */

/** The reply box: a plain textarea (Skin's `textbox__control`), and the control that opens it. */
export const REPLY_TEXTAREA = 'textarea[data-testid="reply-textarea"]';
export const REPLY_TEXTAREA_FALLBACK =
  'form[data-testid="reply-form"] textarea, textarea.textbox__control, textarea[aria-label="Write a message"]';
export const REPLY_OPEN_BUTTON = '[data-testid="reply-button"]';
