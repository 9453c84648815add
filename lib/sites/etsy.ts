import { ETSY_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { insertIntoField, insertIntoReplyBox } from './insert-hook';
import { readBuiltIn } from './profile/built-in';
import { structuralHintsOf } from './profile/hints';
import { ETSY_PROFILE } from './profiles/etsy';
import { isWritableTextarea } from './find-reply-box';
import { QUICK_REPLIES, REPLY_TEXTAREA, REPLY_TEXTAREA_FALLBACK } from './etsy-selectors';

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
  findReplyBox,
  // Etsy's composer is always open under the conversation: there is nothing to click first.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: () => null, insert: insertIntoField }),
} satisfies SiteAdapter;

function findReplyBox(doc: Document): HTMLTextAreaElement | null {
  try {
    const composer = doc.querySelector(QUICK_REPLIES)?.closest('form');
    const candidates = [
      ...Array.from(doc.querySelectorAll<HTMLTextAreaElement>(REPLY_TEXTAREA)),
      ...Array.from(composer?.querySelectorAll('textarea') ?? []),
      ...Array.from(doc.querySelectorAll<HTMLTextAreaElement>(REPLY_TEXTAREA_FALLBACK)),
    ];
    return candidates.find(isWritableTextarea) ?? null;
  } catch {
    return null;
  }
}
