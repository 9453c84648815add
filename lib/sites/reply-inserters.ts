/**
 * The real reply inserters, installed by the page-extras script for the content script's
 * forwarders (./insert-hook.ts).
 */
import { insertIntoEditable, insertIntoField, insertIntoReplyBox } from './insert';
import { insertIntoRichEditor } from './insert-rich';
import { findGenericReplyBox, insertGenericReply } from './generic-reply-box';
import type { ReplyInserters } from './insert-hook';

export const REPLY_INSERTERS: ReplyInserters = {
  replyBox: insertIntoReplyBox,
  field: insertIntoField,
  editable: insertIntoEditable,
  rich: insertIntoRichEditor,
  genericBox: findGenericReplyBox,
  generic: insertGenericReply,
};
