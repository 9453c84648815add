import { OUTLOOK_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { FOLDER_PATH, isLightMessage, MESSAGE_PATH, OUTLOOK_HOOKS } from './outlook-hooks';
import { readBuiltIn } from './profile/built-in';
import { OUTLOOK_PROFILE } from './profiles/outlook';

export const outlook = {
  id: 'outlook',
  matches: OUTLOOK_MATCHES,
  isTicketPage: (url) => MESSAGE_PATH.test(url.pathname) || isLightMessage(url),
  holdsNoConversation: (url) => FOLDER_PATH.test(url.pathname),
  // Reading is data (the built-in profile); the shop's own addresses and the conversation id are hooks.
  profile: OUTLOOK_PROFILE,
  readThread: readBuiltIn(OUTLOOK_PROFILE, OUTLOOK_HOOKS),
} satisfies SiteAdapter;
