import { ETSY_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { readBuiltIn } from './profile/built-in';
import { structuralHintsOf } from './profile/hints';
import { ETSY_PROFILE } from './profiles/etsy';

/** `/messages/<id>` (current app) and `/your/conversations/<id>` (older pages); observed 2026-11-24. */
/** The message list itself, with no conversation open (reconstructed, 2026-12-05). */
const INBOX_PATH = /^\/(?:messages|your\/conversations)\/?$/;
const CONVERSATION_PATH = /^\/(?:messages|your\/conversations)\/(\d+)\/?$/;

export const etsy = {
  id: 'etsy',
  matches: ETSY_MATCHES,
  isTicketPage: (url) => CONVERSATION_PATH.test(url.pathname),
  holdsNoConversation: (url) => INBOX_PATH.test(url.pathname),
  // Reading is data (the built-in profile): roles from `data-sender`, else the member's names.
  profile: ETSY_PROFILE,
  readThread: readBuiltIn(ETSY_PROFILE),
  structuralHints: () => structuralHintsOf(ETSY_PROFILE),
} satisfies SiteAdapter;
