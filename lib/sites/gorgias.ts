import { GORGIAS_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { readBuiltIn } from './profile/built-in';
import { GORGIAS_PROFILE } from './profiles/gorgias';
import { NO_TICKET_PATH, TICKET_PATH } from './gorgias-selectors';

export const gorgias = {
  id: 'gorgias',
  matches: GORGIAS_MATCHES,
  isTicketPage: (url) => TICKET_PATH.test(url.pathname),
  holdsNoConversation: (url) => NO_TICKET_PATH.test(url.pathname),
  // Reading is data: the built-in profile, read by the one profile reader.
  profile: GORGIAS_PROFILE,
  readThread: readBuiltIn(GORGIAS_PROFILE),
} satisfies SiteAdapter;
