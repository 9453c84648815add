import { firstUsable, isWritableTextarea } from '../find-reply-box';
import { KATAL_TEXTAREA, REPLY_OPEN_BUTTON, REPLY_TEXTAREA, REPLY_TEXTAREA_FALLBACK } from '../amazon-seller-central-selectors';
import { textareaReplyBox } from '@/lib/sites/reply-boxes/textarea-reply-box';

export const amazonSellerCentralReplyBox = textareaReplyBox({ findBox: findReplyBox, opener: REPLY_OPEN_BUTTON });

/** The visible reply textarea, looking inside Katal's shadow roots where Amazon uses them. */
function findReplyBox(doc: Document): HTMLTextAreaElement | null {
  try {
    const plain = firstUsable(doc, [REPLY_TEXTAREA, REPLY_TEXTAREA_FALLBACK], isWritableTextarea);
    if (plain) return plain;
    for (const host of Array.from(doc.querySelectorAll(KATAL_TEXTAREA))) {
      const inner = host.shadowRoot?.querySelector('textarea');
      if (inner && isWritableTextarea(inner)) return inner;
    }
    return null;
  } catch {
    return null;
  }
}
