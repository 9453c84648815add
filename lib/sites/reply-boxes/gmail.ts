import { insertIntoEditable } from '@/lib/sites/insert-editable';
import { insertIntoReplyBox } from '@/lib/sites/insert';
import { openConversation } from '../gmail-hooks';
import { isShown } from '../visibility';
import { COMPOSE_BODY, POPUP_COMPOSE, REPLY_BUTTON, REPLY_BUTTON_FALLBACK } from '../gmail-selectors';
import type { ReplyBoxImpl } from './types';

export const gmailReplyBox = {
  findReplyBox,
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: findReplyButton, insert: insertIntoEditable }),
} satisfies ReplyBoxImpl;

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
