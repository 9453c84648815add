import { insertIntoReplyBox } from '../insert';
import { insertIntoRichEditor } from '../insert-rich';
import { firstUsable } from '../find-reply-box';
import { openTicket } from '../zendesk';
import { COMPOSER, COMPOSER_FALLBACK } from '../zendesk-selectors';
import type { ReplyBoxImpl } from './types';

export const zendeskReplyBox = {
  findReplyBox,
  // The composer sits open under every ticket: there is nothing to click first.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: () => null, insert: insertIntoRichEditor }),
} satisfies ReplyBoxImpl;

/** The open ticket's composer: CKEditor 5's editable, or an older editor's. */
function findReplyBox(doc: Document): HTMLElement | null {
  try {
    return firstUsable(openTicket(doc, new URL(doc.URL || 'https://zendesk.invalid/')).root, [COMPOSER, COMPOSER_FALLBACK]);
  } catch {
    return null;
  }
}
