import { insertIntoField, insertIntoReplyBox } from '../insert';
import { firstUsable, isWritableTextarea } from '../find-reply-box';
import { REPLY_OPEN_BUTTON, REPLY_TEXTAREA, REPLY_TEXTAREA_FALLBACK } from '../ebay-selectors';
import type { ReplyBoxImpl } from './types';

export const ebayReplyBox = {
  findReplyBox,
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, {
      findBox: findReplyBox,
      findOpener: (doc) => doc.querySelector(REPLY_OPEN_BUTTON),
      insert: insertIntoField,
    }),
} satisfies ReplyBoxImpl;

function findReplyBox(doc: Document): HTMLTextAreaElement | null {
  return firstUsable(doc, [REPLY_TEXTAREA, REPLY_TEXTAREA_FALLBACK], isWritableTextarea);
}
