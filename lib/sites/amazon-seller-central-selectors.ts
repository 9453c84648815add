/**
 * Seller Central's Buyer-Seller Messaging reply box, as far as Deskpilot writes into it; reading is
 * the built-in profile (lib/sites/profiles/amazon-seller-central.ts), whose header says where the
 * layout comes from.
 *
 * RECONSTRUCTED, not observed (2026-11-24): Amazon's newer pages mark parts with `data-test-id` and
 * build controls from Katal web components (`kat-textarea`, …), so those come first; the form
 * fallbacks are guesses too. Replace with observed selectors as soon as a real page is seen.
 */

/** The reply box, a plain textarea (inside `kat-textarea`'s open shadow root on Katal pages). */
export const REPLY_TEXTAREA = 'textarea[data-test-id="reply-textarea"]';
export const REPLY_TEXTAREA_FALLBACK = '[data-test-id="reply-form"] textarea, form[aria-label="Reply"] textarea';
export const KATAL_TEXTAREA = 'kat-textarea';
/** A button that opens the reply area where it starts closed. */
export const REPLY_OPEN_BUTTON = '[data-test-id="reply-button"]';
