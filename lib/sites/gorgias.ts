import { GORGIAS_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { insertIntoReplyBox, insertIntoRichEditor } from './insert-hook';
import { readBuiltIn } from './profile/built-in';
import { GORGIAS_PROFILE } from './profiles/gorgias';
import { firstUsable } from './find-reply-box';
import { REPLY_EDITOR, REPLY_EDITOR_FALLBACK, NO_TICKET_PATH, TICKET_PATH } from './gorgias-selectors';

export const gorgias = {
  id: 'gorgias',
  matches: GORGIAS_MATCHES,
  isTicketPage: (url) => TICKET_PATH.test(url.pathname),
  holdsNoConversation: (url) => NO_TICKET_PATH.test(url.pathname),
  // Reading is data: the built-in profile, read by the one profile reader.
  profile: GORGIAS_PROFILE,
  readThread: readBuiltIn(GORGIAS_PROFILE),
  findReplyBox,
  // The reply field sits open under the messages: there is nothing to click first.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: () => null, insert: insertIntoRichEditor }),
} satisfies SiteAdapter;

/** Draft.js's editable in the reply area. */
function findReplyBox(doc: Document): HTMLElement | null {
  return firstUsable(doc, [REPLY_EDITOR, REPLY_EDITOR_FALLBACK]);
}
