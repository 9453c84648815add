import { insertIntoField, insertIntoReplyBox } from '../insert';
import { isWritableTextarea } from '../find-reply-box';
import { QUICK_REPLIES, REPLY_TEXTAREA, REPLY_TEXTAREA_FALLBACK } from '../etsy-selectors';
import type { ReplyBoxImpl } from './types';

export const etsyReplyBox = {
  findReplyBox,
  // Etsy's composer is always open under the conversation: there is nothing to click first.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: () => null, insert: insertIntoField }),
} satisfies ReplyBoxImpl;

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
