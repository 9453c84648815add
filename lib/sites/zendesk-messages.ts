import type { Person, Role, ThreadMessage } from '@/lib/schemas/ticket';
import { emailAddress, person } from './people';
import { readableText } from './text';
import { chronological, isoTime } from './time';
import {
  COMMENT,
  COMMENT_AUTHOR,
  COMMENT_BODY,
  COMMENT_BODY_FALLBACK,
  COMMENT_FALLBACK,
  COMMENT_MESSAGE,
  COMMENT_SENDER,
  COMMENT_TIME,
  INTERNAL_NOTE_TAG,
  MESSAGE_TYPE_ATTR,
  NOT_MESSAGE_TEXT,
} from './zendesk-selectors';
import { primaryShare, queryAllWithFallback } from './confidence';

export interface ZendeskMessages {
  /** Comments oldest first: the requester's as customer, agents' replies and internal notes as agent. */
  messages: ThreadMessage[];
  /** Share (0–1) of reads that used primary selectors. */
  certainty: number;
}

/** Zendesk's sender types on the message element (seen in public userscripts, 2026-11-24). */
const ROLE_OF_TYPE: Record<string, Role> = { 'end-user': 'customer', agent: 'agent', internal: 'agent' };

/** Reads the comments of one ticket's log. Events (status changes, merges) are not comments. */
export function readZendeskMessages(log: Element, requester: Person): ZendeskMessages | null {
  const { elements: items, primary } = queryAllWithFallback(log, COMMENT, COMMENT_FALLBACK);
  const hits: boolean[] = [primary];
  const messages: ThreadMessage[] = [];
  for (const item of items) {
    const message = item.querySelector(COMMENT_MESSAGE);
    if (message?.getAttribute('aria-hidden') === 'true') continue;
    const body = item.querySelector(COMMENT_BODY) ?? item.querySelector(COMMENT_BODY_FALLBACK);
    hits.push(body?.matches(COMMENT_BODY) ?? false);
    const text = body ? messageText(body) : '';
    if (!text) continue;
    const authorElement = item.querySelector(COMMENT_AUTHOR) ?? item.querySelector(COMMENT_SENDER);
    const author = person(authorElement?.textContent, emailAddress(authorElement?.getAttribute('title')));
    const role = roleOf(item, message, author, requester, hits);
    const time = item.querySelector(COMMENT_TIME);
    const sentAt = isoTime(time?.getAttribute('datetime'));
    messages.push({
      author: role === 'customer' ? { ...author, ...requester } : author,
      role,
      ...(sentAt ? { sentAt } : {}),
      text,
    });
  }
  if (messages.length === 0) return null;
  return { messages: chronological(messages), certainty: primaryShare(hits) };
}

/**
 * Internal notes are agent messages whatever their type says; then Zendesk's own sender type; then
 * the author compared with the requester (with no requester known, the customer is assumed: a
 * missed agent reply costs less than answering the agent).
 */
function roleOf(item: Element, message: Element | null, author: Person, requester: Person, hits: boolean[]): Role {
  if (item.querySelector(INTERNAL_NOTE_TAG)) return 'agent';
  const fromType = ROLE_OF_TYPE[(message?.getAttribute(MESSAGE_TYPE_ATTR) ?? '').toLowerCase()];
  hits.push(fromType !== undefined);
  if (fromType) return fromType;
  if (!requester.name && !requester.email) return 'customer';
  const sameEmail = author.email !== undefined && author.email === requester.email;
  const sameName = author.name !== undefined && author.name.toLowerCase() === requester.name?.toLowerCase();
  return sameEmail || sameName ? 'customer' : 'agent';
}

/** The comment's text without read receipts and the agent signature block. */
function messageText(body: Element): string {
  if (!body.querySelector(NOT_MESSAGE_TEXT)) return readableText(body);
  const copy = body.cloneNode(true) as Element;
  copy.querySelectorAll(NOT_MESSAGE_TEXT).forEach((part) => part.remove());
  return readableText(copy);
}
