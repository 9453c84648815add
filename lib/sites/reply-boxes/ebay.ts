import { firstUsable, isWritableTextarea } from '../find-reply-box';
import { REPLY_OPEN_BUTTON, REPLY_TEXTAREA, REPLY_TEXTAREA_FALLBACK } from '../ebay-selectors';
import { textareaReplyBox } from '@/lib/sites/reply-boxes/textarea-reply-box';

export const ebayReplyBox = textareaReplyBox({ findBox: findReplyBox, opener: REPLY_OPEN_BUTTON });

function findReplyBox(doc: Document): HTMLTextAreaElement | null {
  return firstUsable(doc, [REPLY_TEXTAREA, REPLY_TEXTAREA_FALLBACK], isWritableTextarea);
}
