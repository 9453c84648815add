import { insertIntoReplyBox } from '../insert';
import { insertIntoRichEditor } from '../insert-rich';
import { isShown } from '../visibility';
import { firstUsable } from '../find-reply-box';
import { REPLY_BUTTON, REPLY_BUTTON_FALLBACK, REPLY_EDITOR, REPLY_EDITOR_FALLBACK } from '../help-scout-selectors';
import type { ReplyBoxImpl } from './types';

export const helpScoutReplyBox = {
  findReplyBox,
  // Slate applies only `beforeinput` to its document, so the reply is typed, not written into the DOM.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: findReplyButton, insert: insertIntoRichEditor }),
} satisfies ReplyBoxImpl;

/** The visible Slate editable of the reply (Help Scout keeps a closed editor's DOM hidden). */
function findReplyBox(doc: Document): HTMLElement | null {
  return firstUsable<HTMLElement>(
    doc,
    [REPLY_EDITOR, REPLY_EDITOR_FALLBACK],
    (element) => element.isContentEditable !== false && isShown(element),
  );
}

function findReplyButton(doc: Document): Element | null {
  return doc.querySelector(REPLY_BUTTON) ?? doc.querySelector(REPLY_BUTTON_FALLBACK);
}
