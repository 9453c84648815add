import { AMAZON_SELLER_CENTRAL_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { readBuiltIn } from './profile/built-in';
import { AMAZON_SELLER_CENTRAL_PROFILE } from './profiles/amazon-seller-central';
import { structuralHintsOf } from './profile/hints';

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
} satisfies SiteAdapter;
