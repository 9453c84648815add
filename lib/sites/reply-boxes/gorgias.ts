import { insertIntoReplyBox } from '../insert';
import { insertIntoRichEditor } from '../insert-rich';
import { firstUsable } from '../find-reply-box';
import { REPLY_EDITOR, REPLY_EDITOR_FALLBACK } from '../gorgias-selectors';
import type { ReplyBoxImpl } from './types';

export const gorgiasReplyBox = {
  findReplyBox,
  // The reply field sits open under the messages: there is nothing to click first.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: () => null, insert: insertIntoRichEditor }),
} satisfies ReplyBoxImpl;

/** Draft.js's editable in the reply area. */
function findReplyBox(doc: Document): HTMLElement | null {
  return firstUsable(doc, [REPLY_EDITOR, REPLY_EDITOR_FALLBACK]);
}
