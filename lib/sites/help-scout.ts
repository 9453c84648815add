import { HELP_SCOUT_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { readBuiltIn } from './profile/built-in';
import { HELP_SCOUT_PROFILE } from './profiles/help-scout';

/** `/conversation/<id>/<number>` (harvest-chrome's permalink; 2026-11-24). */
/** Mailbox folders (`/mailbox/<id>/<folder>/`), dashboard, reports, settings and customers: no conversation (reconstructed, 2026-12-05). */
const NO_CONVERSATION_PATH = /^\/(?:mailbox|dashboard|reports|settings|customers)(?:\/|$)/;
const CONVERSATION_PATH = /^\/conversation\/(\d+)(?:\/(\d+))?\/?$/;

export const helpScout = {
  id: 'help-scout',
  matches: HELP_SCOUT_MATCHES,
  isTicketPage: (url) => CONVERSATION_PATH.test(url.pathname),
  holdsNoConversation: (url) => NO_CONVERSATION_PATH.test(url.pathname),
  // Reading is data: the built-in profile, read by the one profile reader.
  profile: HELP_SCOUT_PROFILE,
  readThread: readBuiltIn(HELP_SCOUT_PROFILE),
} satisfies SiteAdapter;
