/**
 * Etsy conversations (buyer ↔ shop): where Deskpilot writes a reply. Reading is the built-in
 * profile (lib/sites/profiles/etsy.ts).
 *
 * OBSERVED in public code (2026-11-24): conversations live at `www.etsy.com/messages/<id>` and
 * `www.etsy.com/your/conversations/<id>` (notification-mail link parsers and seller tools);
 * the composer sits beside a `[aria-label="Quick replies"]` button, Etsy's buttons carry
 * `data-clg-id="WtButton"` and its text uses Web Toolkit classes such as `wt-text-body-01`
 * (AcierDev/Etsy-Chat- content.js). Receipts (orders) are long numbers shown as "Order #…".
 *
 * The rest is RECONSTRUCTED, not observed: no saved conversation page is public. The layout
 * (folders, conversation list, header with the other member's name and username, message
 * bubbles, "About this buyer" panel, composer) follows Etsy help pages and screenshots;
 * `data-selector` names are guesses in the style of Etsy's pages. Replace them as soon as a real
 * page is seen.
 */

/** The composer textarea; the observed Quick replies button anchors the fallback. */
export const REPLY_TEXTAREA = '[data-selector="composer"] textarea';
export const QUICK_REPLIES = '[aria-label="Quick replies"]';
export const REPLY_TEXTAREA_FALLBACK = 'textarea[placeholder*="message" i], textarea[name*="message"]';
