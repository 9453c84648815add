import { insertIntoReplyBox } from '../insert';
import { insertIntoRichEditor } from '../insert-rich';
import { isShown } from '../visibility';
import { firstUsable } from '../find-reply-box';
import { REPLY_BUTTON, REPLY_EDITOR, REPLY_EDITOR_FALLBACK } from '../freshdesk-selectors';
import type { ReplyBoxImpl } from './types';

export const freshdeskReplyBox = {
  findReplyBox,
  // The reply editor starts closed: the Reply button opens it, then Froala mounts.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, {
      findBox: findReplyBox,
      findOpener: (doc) => Array.from(doc.querySelectorAll(REPLY_BUTTON)).find(isShown) ?? null,
      insert: insertIntoRichEditor,
    }),
} satisfies ReplyBoxImpl;

/** Froala's editable in the open reply editor. */
function findReplyBox(doc: Document): HTMLElement | null {
  return firstUsable(doc, [REPLY_EDITOR, REPLY_EDITOR_FALLBACK]);
}
