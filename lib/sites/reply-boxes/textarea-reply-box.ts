import { insertIntoField, insertIntoReplyBox } from '@/lib/sites/insert';
import type { ReplyBoxImpl } from '@/lib/sites/reply-boxes/types';

interface TextareaReplyBoxParts {
  /** The site's writable reply textarea, or null while it is closed or absent. */
  findBox(doc: Document): HTMLTextAreaElement | null;
  /** Selector of the button that opens the reply box; none when the box is always open. */
  opener?: string;
}

/**
 * A reply box that is a plain textarea, opened by one button when it is closed (eBay, Seller
 * Central; Etsy without the button): typed as a field, so the page's framework sees the input.
 */
export function textareaReplyBox({ findBox, opener }: TextareaReplyBoxParts) {
  return {
    findReplyBox: findBox,
    insertReply: (document, text) =>
      insertIntoReplyBox(document, text, {
        findBox,
        findOpener: (doc) => (opener === undefined ? null : doc.querySelector(opener)),
        insert: insertIntoField,
      }),
  } satisfies ReplyBoxImpl;
}
