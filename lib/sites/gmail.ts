import { GMAIL_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { readGmailAccount } from './gmail-account';
import { CONVERSATION_HASH, GMAIL_HOOKS, LIST_HASH } from './gmail-hooks';
import { readBuiltIn } from './profile/built-in';
import { GMAIL_PROFILE } from './profiles/gmail';
import { MESSAGE_LIST } from './gmail-selectors';

export const gmail = {
  id: 'gmail',
  matches: GMAIL_MATCHES,
  isTicketPage: (url) => CONVERSATION_HASH.test(url.hash),
  holdsNoConversation: (url) => LIST_HASH.test(url.hash),
  // Reading is data (the built-in profile); the visible conversation and the signed-in account are hooks.
  profile: GMAIL_PROFILE,
  readThread: readBuiltIn(GMAIL_PROFILE, GMAIL_HOOKS),
  // The signed-in account tells the structural reader which messages are the agent's.
  structuralHints: (doc) => ({ self: { names: [], emails: [...readGmailAccount(doc).emails] }, containerSelectors: [MESSAGE_LIST] }),
} satisfies SiteAdapter;
