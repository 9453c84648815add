import type { Thread } from '@/lib/schemas/ticket';
import { ETSY_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { readEtsyMessages } from './etsy-messages';
import { confidence } from './confidence';
import { insertIntoField, insertIntoReplyBox } from './insert';
import { person } from './people';
import { singleLine } from './text';
import { isShown } from './visibility';
import { neverThrows } from './never-throws';
import {
  CONVERSATION,
  CONVERSATION_FALLBACK,
  CONVERSATION_ID_ATTR,
  MEMBER_NAME,
  MEMBER_NAME_FALLBACK,
  MEMBER_USERNAME,
  ORDER_CARD,
  ORDER_PATTERN,
  QUICK_REPLIES,
  REPLY_TEXTAREA,
  REPLY_TEXTAREA_FALLBACK,
  SUBJECT,
} from './etsy-selectors';

/** `/messages/<id>` (current app) and `/your/conversations/<id>` (older pages); observed 2026-11-24. */
const CONVERSATION_PATH = /^\/(?:messages|your\/conversations)\/(\d+)\/?$/;

export const etsy = {
  id: 'etsy',
  matches: ETSY_MATCHES,
  isTicketPage: (url) => CONVERSATION_PATH.test(url.pathname),
  readThread: neverThrows(readThread),
  findReplyBox,
  // Etsy's composer is always open under the conversation: there is nothing to click first.
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, { findBox: findReplyBox, findOpener: () => null, insert: insertIntoField }),
} satisfies SiteAdapter;

function readThread(doc: Document, url: URL): Thread | null {
  const primaryRoot = doc.querySelector(CONVERSATION);
  const root = primaryRoot ?? doc.querySelector(CONVERSATION_FALLBACK);
  if (!root) return null;
  const nameElement = root.querySelector(MEMBER_NAME) ?? root.querySelector(MEMBER_NAME_FALLBACK);
  const username = singleLine(root.querySelector(MEMBER_USERNAME)?.textContent, 200).replace(/^@/, '');
  const buyer = { person: person(nameElement?.textContent || username, null), username };
  const read = readEtsyMessages(root, buyer);
  if (!read) return null;
  const subjectElement = root.querySelector(SUBJECT);
  const order = ORDER_PATTERN.exec(doc.querySelector(ORDER_CARD)?.textContent ?? '')?.[1];
  const threadId = singleLine(root.getAttribute(CONVERSATION_ID_ATTR) ?? CONVERSATION_PATH.exec(url.pathname)?.[1], 200);
  const parts = [
    primaryRoot ? 1 : 0.6,
    nameElement?.matches(MEMBER_NAME) ? 1 : nameElement ? 0.7 : 0.4,
    threadId ? 1 : 0.7,
    read.certainty,
  ];
  return {
    site: 'etsy',
    url: url.href,
    ...(threadId ? { threadId } : {}),
    subject: subjectWithOrder(singleLine(subjectElement?.textContent) || defaultSubject(buyer.person.name), order),
    customer: buyer.person,
    messages: read.messages,
    confidence: confidence(parts),
  };
}

/** The order the card shows goes into the subject, where lib/ticket finds references (as "#…"). */
function subjectWithOrder(subject: string, order: string | undefined): string {
  if (!order || subject.includes(order)) return subject;
  return `${subject} (Order #${order})`;
}

function defaultSubject(name: string | undefined): string {
  return name ? `Etsy conversation with ${name}` : 'Etsy conversation';
}

function findReplyBox(doc: Document): HTMLTextAreaElement | null {
  try {
    const composer = doc.querySelector(QUICK_REPLIES)?.closest('form');
    const candidates = [
      ...Array.from(doc.querySelectorAll<HTMLTextAreaElement>(REPLY_TEXTAREA)),
      ...Array.from(composer?.querySelectorAll('textarea') ?? []),
      ...Array.from(doc.querySelectorAll<HTMLTextAreaElement>(REPLY_TEXTAREA_FALLBACK)),
    ];
    return candidates.find((box) => !box.disabled && !box.readOnly && isShown(box)) ?? null;
  } catch {
    return null;
  }
}
