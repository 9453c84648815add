import { GMAIL_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { readGmailAccount } from './gmail-account';
import { CONVERSATION_HASH, GMAIL_HOOKS, LIST_HASH, openConversation } from './gmail-hooks';
import { insertIntoEditable, insertIntoReplyBox } from './insert-hook';
import { readBuiltIn } from './profile/built-in';
import { GMAIL_PROFILE } from './profiles/gmail';
import { isShown } from './visibility';
import { COMPOSE_BODY, MESSAGE_LIST, POPUP_COMPOSE, REPLY_BUTTON, REPLY_BUTTON_FALLBACK } from './gmail-selectors';

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
  findReplyBox,
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: findReplyButton, insert: insertIntoEditable }),
} satisfies SiteAdapter;

/**
 * The inline reply inside the open conversation (Gmail puts it under the message it answers);
 * pop-up "New message" windows live outside the conversation and are not replies.
 */
function findReplyBox(doc: Document): HTMLElement | null {
  try {
    const root = openConversation(doc)?.root;
    const boxes = root ? Array.from(root.querySelectorAll<HTMLElement>(COMPOSE_BODY)) : [];
    return boxes.filter((box) => !box.closest(POPUP_COMPOSE) && isShown(box)).at(-1) ?? null;
  } catch {
    return null;
  }
}

/** The newest message's Reply button in the open conversation (messages are listed oldest first). */
function findReplyButton(doc: Document): HTMLElement | null {
  const root = openConversation(doc)?.root;
  for (const selector of [REPLY_BUTTON, REPLY_BUTTON_FALLBACK]) {
    const visible = root ? Array.from(root.querySelectorAll<HTMLElement>(selector)).filter(isShown) : [];
    if (visible.length > 0) return visible.at(-1)!;
  }
  return null;
}
