import type { Thread } from '@/lib/schemas/ticket';
import { EBAY_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { readEbayMessages } from './ebay-messages';
import { confidence } from './confidence';
import { insertIntoField, insertIntoReplyBox } from './insert';
import { person } from './people';
import { singleLine } from './text';
import { isShown } from './visibility';
import { neverThrows } from './never-throws';
import {
  BUYER_NAME,
  CONVERSATION,
  CONVERSATION_FALLBACK,
  CONVERSATION_ID_ATTR,
  MEMBER,
  MEMBER_FALLBACK,
  ORDER_CARD,
  ORDER_CARD_FALLBACK,
  ORDER_NUMBER,
  ORDER_NUMBER_PATTERN,
  REPLY_OPEN_BUTTON,
  REPLY_TEXTAREA,
  REPLY_TEXTAREA_FALLBACK,
  SUBJECT,
  SUBJECT_FALLBACK,
} from './ebay-selectors';

/**
 * One conversation: `/mesgweb/ViewMessageDetail/…` on mesg.ebay.<tld>, `/cnt/ViewMessage…` and
 * `/mye/myebay/messages…` on www.ebay.<tld>, and message views under `/mesh/` (observed routes,
 * see ebay-selectors.ts; 2026-11-24). Order details (`/mesh/ord/…`) hold no conversation.
 */
const CONVERSATION_PATH = /^\/(?:mesgweb\/ViewMessageDetail\/|cnt\/ViewMessage|mye\/myebay\/messages|mesh\/(?!ord\/)\S*(?:msg|message))/i;
/** Where the URL carries the conversation: `?question_id=…` on /cnt/, the last segment on /mesgweb/. */
const ID_PARAMS = ['question_id', 'questionId', 'conversation_id', 'conversationId'];
const DETAIL_ID = /\/ViewMessageDetail\/(?:[^/]+\/)*(\d{6,})\/?$/i;

export const ebay = {
  id: 'ebay',
  matches: EBAY_MATCHES,
  isTicketPage: (url) => CONVERSATION_PATH.test(url.pathname),
  readThread: neverThrows(readThread),
  findReplyBox,
  insertReply: (document, text) =>
    insertIntoReplyBox(document, text, {
      findBox: findReplyBox,
      findOpener: (doc) => doc.querySelector(REPLY_OPEN_BUTTON),
      insert: insertIntoField,
    }),
} satisfies SiteAdapter;

function readThread(doc: Document, url: URL): Thread | null {
  const primaryRoot = doc.querySelector(CONVERSATION);
  const root = primaryRoot ?? doc.querySelector(CONVERSATION_FALLBACK);
  if (!root) return null;
  const card = doc.querySelector(ORDER_CARD) ?? doc.querySelector(ORDER_CARD_FALLBACK);
  const memberElement = root.querySelector(MEMBER) ?? root.querySelector(MEMBER_FALLBACK);
  const username = singleLine(memberElement?.textContent, 200);
  // For a sale the card shows the buyer's name; eBay never shows the buyer's address in messages.
  const buyerName = singleLine(card?.querySelector(BUYER_NAME)?.textContent, 200);
  const buyer = person(buyerName || username, null);
  const read = readEbayMessages(root, buyer);
  if (!read) return null;
  const orderNumber = ORDER_NUMBER_PATTERN.exec(card?.querySelector(ORDER_NUMBER)?.textContent ?? card?.textContent ?? '')?.[0];
  const subjectElement = root.querySelector(SUBJECT) ?? root.querySelector(SUBJECT_FALLBACK);
  const threadId = singleLine(root.getAttribute(CONVERSATION_ID_ATTR) ?? idFromUrl(url), 200);
  const parts = [
    primaryRoot ? 1 : 0.6,
    subjectElement?.matches(SUBJECT) ? 1 : subjectElement ? 0.7 : 0.4,
    memberElement?.matches(MEMBER) ? 1 : memberElement ? 0.7 : 0.4,
    // A question about a listing has no order: the card, not the number, says the page was read.
    card?.matches(ORDER_CARD) ? 1 : card ? 0.8 : 0.6,
    read.certainty,
  ];
  return {
    site: 'ebay',
    url: url.href,
    ...(threadId ? { threadId } : {}),
    subject: subjectWithOrder(singleLine(subjectElement?.textContent) || defaultSubject(username), orderNumber),
    customer: buyer,
    messages: read.messages,
    confidence: confidence(parts),
  };
}

function idFromUrl(url: URL): string | undefined {
  const fromParams = ID_PARAMS.map((name) => url.searchParams.get(name)).find(Boolean);
  return fromParams ?? DETAIL_ID.exec(url.pathname)?.[1];
}

/**
 * The order number the card shows is the fact a reply needs; lib/ticket reads references from the
 * text it is given, so the subject carries it (as Amazon's adapter does with its order ids).
 */
function subjectWithOrder(subject: string, orderNumber: string | undefined): string {
  if (!orderNumber || subject.includes(orderNumber)) return subject;
  return `${subject} (Order: ${orderNumber})`;
}

function defaultSubject(username: string): string {
  return username ? `Message from ${username}` : 'eBay message';
}

function findReplyBox(doc: Document): HTMLTextAreaElement | null {
  try {
    for (const selector of [REPLY_TEXTAREA, REPLY_TEXTAREA_FALLBACK]) {
      const box = Array.from(doc.querySelectorAll<HTMLTextAreaElement>(selector)).find(isUsable);
      if (box) return box;
    }
    return null;
  } catch {
    return null;
  }
}

function isUsable(textarea: HTMLTextAreaElement): boolean {
  return !textarea.disabled && !textarea.readOnly && isShown(textarea);
}
