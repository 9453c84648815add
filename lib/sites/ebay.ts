import { EBAY_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { readBuiltIn } from './profile/built-in';
import { structuralHintsOf } from './profile/hints';
import { EBAY_PROFILE } from './profiles/ebay';

/**
 * One conversation: `/mesgweb/ViewMessageDetail/…` on mesg.ebay.<tld>, `/cnt/ViewMessage…` and
 * `/mye/myebay/messages…` on www.ebay.<tld>, and message views under `/mesh/` (observed routes,
 * see ebay-selectors.ts; 2026-11-24). Other routes under `/mesh/ord/` are read structurally.
 */
/** The classic message folders (`/mesgweb/ViewMessages/0/m2m`) and order details (`/mesh/ord/details`): no conversation (reconstructed, 2026-12-05). */
const NO_CONVERSATION_PATH = /^\/(?:mesgweb\/ViewMessages\/|mesh\/ord\/details)/i;
const CONVERSATION_PATH = /^\/(?:mesgweb\/ViewMessageDetail\/|cnt\/ViewMessage|mye\/myebay\/messages|mesh\/(?!ord\/)\S*(?:msg|message))/i;

export const ebay = {
  id: 'ebay',
  matches: EBAY_MATCHES,
  isTicketPage: (url) => CONVERSATION_PATH.test(url.pathname),
  holdsNoConversation: (url) => NO_CONVERSATION_PATH.test(url.pathname),
  // Reading is data (the built-in profile): the buyer from the order card, the order in the subject.
  profile: EBAY_PROFILE,
  readThread: readBuiltIn(EBAY_PROFILE),
  structuralHints: () => structuralHintsOf(EBAY_PROFILE),
} satisfies SiteAdapter;
