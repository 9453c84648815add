import { FRESHDESK_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { insertIntoReplyBox, insertIntoRichEditor } from './insert-hook';
import { readBuiltIn } from './profile/built-in';
import { FRESHDESK_PROFILE } from './profiles/freshdesk';
import { isShown } from './visibility';
import { firstUsable } from './find-reply-box';
import { REPLY_BUTTON, REPLY_EDITOR, REPLY_EDITOR_FALLBACK, NO_TICKET_PATH, TICKET_PATH } from './freshdesk-selectors';

export const freshdesk = {
  id: 'freshdesk',
  matches: FRESHDESK_MATCHES,
  isTicketPage: (url) => TICKET_PATH.test(url.pathname),
  holdsNoConversation: (url) => NO_TICKET_PATH.test(url.pathname),
  // Reading is data: the built-in profile, read by the one profile reader.
  profile: FRESHDESK_PROFILE,
  readThread: readBuiltIn(FRESHDESK_PROFILE),
  findReplyBox,
  // The reply editor starts closed: the Reply button opens it, then Froala mounts.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, {
      findBox: findReplyBox,
      findOpener: (doc) => Array.from(doc.querySelectorAll(REPLY_BUTTON)).find(isShown) ?? null,
      insert: insertIntoRichEditor,
    }),
} satisfies SiteAdapter;

/** Froala's editable in the open reply editor. */
function findReplyBox(doc: Document): HTMLElement | null {
  return firstUsable(doc, [REPLY_EDITOR, REPLY_EDITOR_FALLBACK]);
}
