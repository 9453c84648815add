import { isWritableTextarea } from '../find-reply-box';
import { QUICK_REPLIES, REPLY_TEXTAREA, REPLY_TEXTAREA_FALLBACK } from '../etsy-selectors';
import { textareaReplyBox } from '@/lib/sites/reply-boxes/textarea-reply-box';

// Etsy's composer is always open under the conversation: there is nothing to click first.
export const etsyReplyBox = textareaReplyBox({ findBox: findReplyBox });

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
