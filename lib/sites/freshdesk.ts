import { FRESHDESK_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { readBuiltIn } from './profile/built-in';
import { FRESHDESK_PROFILE } from './profiles/freshdesk';
import { NO_TICKET_PATH, TICKET_PATH } from './freshdesk-selectors';

export const freshdesk = {
  id: 'freshdesk',
  matches: FRESHDESK_MATCHES,
  isTicketPage: (url) => TICKET_PATH.test(url.pathname),
  holdsNoConversation: (url) => NO_TICKET_PATH.test(url.pathname),
  // Reading is data: the built-in profile, read by the one profile reader.
  profile: FRESHDESK_PROFILE,
  readThread: readBuiltIn(FRESHDESK_PROFILE),
} satisfies SiteAdapter;
