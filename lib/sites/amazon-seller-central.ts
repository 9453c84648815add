import { AMAZON_SELLER_CENTRAL_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { insertIntoField, insertIntoReplyBox } from './insert-hook';
import { readBuiltIn } from './profile/built-in';
import { AMAZON_SELLER_CENTRAL_PROFILE } from './profiles/amazon-seller-central';
import { structuralHintsOf } from './profile/hints';
import { firstUsable, isWritableTextarea } from './find-reply-box';
import { KATAL_TEXTAREA, REPLY_OPEN_BUTTON, REPLY_TEXTAREA, REPLY_TEXTAREA_FALLBACK } from './amazon-seller-central-selectors';

/** Buyer-Seller Messaging lives under /messaging/ (inbox, thread, contact pages). Seen 2026-11. */
/** Seller Central's home, order, inventory, payment, report and settings pages: no conversation (reconstructed, 2026-12-05). */
const NO_MESSAGING_PATH = /^\/(?:home|orders-v3|inventory|myinventory|payments|reports|business-reports|settings)(?:\/|$)/;
const MESSAGING_PATH = /^\/messaging(?:\/|$)/;

export const amazonSellerCentral = {
  id: 'amazon-seller-central',
  matches: AMAZON_SELLER_CENTRAL_MATCHES,
  isTicketPage: (url) => MESSAGING_PATH.test(url.pathname),
  holdsNoConversation: (url) => NO_MESSAGING_PATH.test(url.pathname),
  // Reading is data (the built-in profile): buyer, relay address, order id and roles included.
  profile: AMAZON_SELLER_CENTRAL_PROFILE,
  readThread: readBuiltIn(AMAZON_SELLER_CENTRAL_PROFILE),
  structuralHints: () => structuralHintsOf(AMAZON_SELLER_CENTRAL_PROFILE),
  findReplyBox,
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, {
      findBox: findReplyBox,
      findOpener: (doc) => doc.querySelector(REPLY_OPEN_BUTTON),
      insert: insertIntoField,
    }),
} satisfies SiteAdapter;

/** The visible reply textarea, looking inside Katal's shadow roots where Amazon uses them. */
function findReplyBox(doc: Document): HTMLTextAreaElement | null {
  try {
    const plain = firstUsable(doc, [REPLY_TEXTAREA, REPLY_TEXTAREA_FALLBACK], isWritableTextarea);
    if (plain) return plain;
    for (const host of Array.from(doc.querySelectorAll(KATAL_TEXTAREA))) {
      const inner = host.shadowRoot?.querySelector('textarea');
      if (inner && isWritableTextarea(inner)) return inner;
    }
    return null;
  } catch {
    return null;
  }
}
