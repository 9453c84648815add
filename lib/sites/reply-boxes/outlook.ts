import { insertIntoEditable } from '@/lib/sites/insert-editable';
import { insertIntoReplyBox } from '@/lib/sites/insert';
import { isoTime } from '../time';
import { isShown } from '../visibility';
import { firstUsable } from '../find-reply-box';
import {
  COMPOSE_BODY,
  COMPOSE_BODY_FALLBACK,
  MESSAGE,
  MESSAGE_FALLBACK,
  READING_PANE,
  REPLY_BUTTON,
  REPLY_BUTTON_FALLBACK,
  SENT_TIME,
} from '../outlook-selectors';
import type { ReplyBoxImpl } from './types';

export const outlookReplyBox = {
  findReplyBox,
  // roosterjs reads back what the browser's own editing wrote (it rebuilds its model from the DOM
  // after input), so the browser's insertText, as typing does it, reaches its Content Model.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: findReplyButton, insert: insertIntoEditable }),
} satisfies ReplyBoxImpl;

/** The inline reply's body in the reading pane (pop-out compose windows are separate pages). */
function findReplyBox(doc: Document): HTMLElement | null {
  return firstUsable(doc, [COMPOSE_BODY, COMPOSE_BODY_FALLBACK]);
}

/**
 * The newest message's Reply button, so the reply quotes what the customer wrote last whether the
 * pane lists the newest on top (Outlook's default) or at the bottom; else the pane's first one.
 */
function findReplyButton(doc: Document): Element | null {
  const pane = doc.querySelector(READING_PANE) ?? doc;
  let newest: { button: Element; time: number } | undefined;
  for (const message of Array.from(pane.querySelectorAll(`${MESSAGE}, ${MESSAGE_FALLBACK}`))) {
    const button = Array.from(message.querySelectorAll(REPLY_BUTTON)).find(isShown);
    const time = Date.parse(isoTime(message.querySelector(SENT_TIME)?.textContent) ?? '');
    if (button && !Number.isNaN(time) && (!newest || time > newest.time)) newest = { button, time };
  }
  return newest?.button ?? Array.from(pane.querySelectorAll(REPLY_BUTTON)).find(isShown) ?? pane.querySelector(REPLY_BUTTON_FALLBACK);
}
