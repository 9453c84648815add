import type { Thread } from '@/lib/schemas/ticket';
import { AMAZON_SELLER_CENTRAL_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import { readAmazonMessages } from './amazon-seller-central-messages';
import { confidence } from './confidence';
import { insertIntoField, insertIntoReplyBox } from './insert';
import { person } from './people';
import { singleLine } from './text';
import { isShown } from './visibility';
import { neverThrows } from './never-throws';
import {
  BUYER_EMAIL,
  BUYER_NAME,
  BUYER_NAME_FALLBACK,
  HEADER_FALLBACK,
  KATAL_TEXTAREA,
  ORDER_DETAILS,
  ORDER_ID,
  ORDER_ID_PATTERN,
  RELAY_EMAIL_PATTERN,
  REPLY_OPEN_BUTTON,
  REPLY_TEXTAREA,
  REPLY_TEXTAREA_FALLBACK,
  SUBJECT,
  SUBJECT_FALLBACK,
  THREAD_ID_ATTR,
  THREAD_VIEW,
  THREAD_VIEW_FALLBACK,
} from './amazon-seller-central-selectors';

/** Buyer-Seller Messaging lives under /messaging/ (inbox, thread, contact pages). Seen 2026-11. */
const MESSAGING_PATH = /^\/messaging(?:\/|$)/;
/** Query parameters that have carried a thread id in messaging URLs (reconstructed, 2026-11-24). */
const THREAD_PARAMS = ['t', 'threadId', 'thread'];

export const amazonSellerCentral = {
  id: 'amazon-seller-central',
  matches: AMAZON_SELLER_CENTRAL_MATCHES,
  isTicketPage: (url) => MESSAGING_PATH.test(url.pathname),
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
  const primaryRoot = doc.querySelector(THREAD_VIEW);
  const root = primaryRoot ?? doc.querySelector(THREAD_VIEW_FALLBACK);
  if (!root) return null;
  const headerParts = [...Array.from(root.querySelectorAll(HEADER_FALLBACK)), ...Array.from(doc.querySelectorAll(ORDER_DETAILS))];
  const headerText = headerParts.map((part) => part.textContent ?? '').join(' ');
  const subjectElement = root.querySelector(SUBJECT) ?? root.querySelector(SUBJECT_FALLBACK);
  const nameElement =
    root.querySelector(BUYER_NAME) ?? doc.querySelector(`${ORDER_DETAILS} ${BUYER_NAME}`) ?? root.querySelector(BUYER_NAME_FALLBACK);
  const orderElement = root.querySelector(ORDER_ID) ?? doc.querySelector(`${ORDER_DETAILS} ${ORDER_ID}`);
  const relay = firstMatch(RELAY_EMAIL_PATTERN, root.querySelector(BUYER_EMAIL)?.textContent, headerText);
  const orderId = firstMatch(ORDER_ID_PATTERN, orderElement?.textContent, headerText);
  const buyer = person(nameElement?.textContent, relay);
  const read = readAmazonMessages(root, buyer);
  if (!read) return null;
  const fromUrl = THREAD_PARAMS.map((name) => url.searchParams.get(name)).find(Boolean);
  const threadId = singleLine(root.getAttribute(THREAD_ID_ATTR) ?? fromUrl, 200);
  const parts = [
    primaryRoot ? 1 : 0.6,
    subjectElement?.matches(SUBJECT) ? 1 : subjectElement ? 0.7 : 0.4,
    nameElement?.matches(BUYER_NAME) ? 1 : nameElement ? 0.7 : 0.4,
    orderId ? 1 : 0.6,
    read.certainty,
  ];
  return {
    site: 'amazon-seller-central',
    url: url.href,
    ...(threadId ? { threadId } : {}),
    subject: subjectWithOrder(singleLine(subjectElement?.textContent) || defaultSubject(buyer.name), orderId),
    customer: buyer,
    messages: read.messages,
    confidence: confidence(parts),
  };
}

/**
 * The order id shown in the header is the one fact every Amazon reply needs. lib/ticket finds
 * order references in the text it is given, so the subject carries it when the header shows it
 * apart (Amazon's own subjects read "… (Order: 114-…)").
 */
function subjectWithOrder(subject: string, orderId: string | undefined): string {
  if (!orderId || subject.includes(orderId)) return subject;
  return `${subject} (Order: ${orderId})`;
}

function firstMatch(pattern: RegExp, ...texts: Array<string | null | undefined>): string | undefined {
  for (const text of texts) {
    const match = pattern.exec(text ?? '')?.[0];
    if (match) return match;
  }
  return undefined;
}

function defaultSubject(buyerName: string | undefined): string {
  return buyerName ? `Message from ${buyerName}` : 'Buyer message';
}

/** The visible reply textarea, looking inside Katal's shadow roots where Amazon uses them. */
function findReplyBox(doc: Document): HTMLTextAreaElement | null {
  try {
    const plain = [REPLY_TEXTAREA, REPLY_TEXTAREA_FALLBACK]
      .map((selector) => Array.from(doc.querySelectorAll<HTMLTextAreaElement>(selector)).find(isUsable))
      .find(Boolean);
    if (plain) return plain;
    for (const host of Array.from(doc.querySelectorAll(KATAL_TEXTAREA))) {
      const inner = host.shadowRoot?.querySelector('textarea');
      if (inner && isUsable(inner)) return inner;
    }
    return null;
  } catch {
    return null;
  }
}

function isUsable(textarea: HTMLTextAreaElement): boolean {
  return !textarea.disabled && !textarea.readOnly && isShown(textarea);
}
