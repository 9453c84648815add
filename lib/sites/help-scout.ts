import { HELP_SCOUT_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { insertIntoReplyBox, insertIntoRichEditor } from './insert-hook';
import { readBuiltIn } from './profile/built-in';
import { HELP_SCOUT_PROFILE } from './profiles/help-scout';
import { isShown } from './visibility';
import { firstUsable } from './find-reply-box';
import { REPLY_BUTTON, REPLY_BUTTON_FALLBACK, REPLY_EDITOR, REPLY_EDITOR_FALLBACK } from './help-scout-selectors';

/** `/conversation/<id>/<number>` (harvest-chrome's permalink; 2026-11-24). */
/** Mailbox folders (`/mailbox/<id>/<folder>/`), dashboard, reports, settings and customers: no conversation (reconstructed, 2026-12-05). */
const NO_CONVERSATION_PATH = /^\/(?:mailbox|dashboard|reports|settings|customers)(?:\/|$)/;
const CONVERSATION_PATH = /^\/conversation\/(\d+)(?:\/(\d+))?\/?$/;

export const helpScout = {
  id: 'help-scout',
  matches: HELP_SCOUT_MATCHES,
  isTicketPage: (url) => CONVERSATION_PATH.test(url.pathname),
  holdsNoConversation: (url) => NO_CONVERSATION_PATH.test(url.pathname),
  // Reading is data: the built-in profile, read by the one profile reader.
  profile: HELP_SCOUT_PROFILE,
  readThread: readBuiltIn(HELP_SCOUT_PROFILE),
  findReplyBox,
  // Slate applies only `beforeinput` to its document, so the reply is typed, not written into the DOM.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: findReplyButton, insert: insertIntoRichEditor }),
} satisfies SiteAdapter;

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
