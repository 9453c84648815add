import type { Person, Role, ThreadMessage } from '@/lib/schemas/ticket';
import { emailAddress, person } from './people';
import { readableText } from './text';
import { chronological, isoTime } from './time';
import {
  CONVERSATION_ITEM,
  CONVERSATION_ITEM_FALLBACK,
  DESCRIPTION,
  INCOMING_CLASS,
  MESSAGE_BODY,
  MESSAGE_BODY_FALLBACK,
  MESSAGE_SENDER,
  MESSAGE_SENDER_EMAIL_ATTR,
  MESSAGE_TIME,
  OUTGOING_CLASS,
  PRIVATE_NOTE_CLASS,
} from './freshdesk-selectors';
import { primaryShare, queryAllWithFallback } from './confidence';

export interface FreshdeskMessages {
  /** The description and the replies, oldest first; private notes count as agent messages. */
  messages: ThreadMessage[];
  /** Share (0–1) of reads that used primary selectors. */
  certainty: number;
}

/**
 * Reads the ticket's conversation. Activities (status changes, automations) are not conversation
 * items, so they are never read as messages.
 */
export function readFreshdeskMessages(conversation: Element, requester: Person): FreshdeskMessages | null {
  const { elements: items, primary } = queryAllWithFallback(conversation, CONVERSATION_ITEM, CONVERSATION_ITEM_FALLBACK);
  const hits: boolean[] = [primary];
  const messages: ThreadMessage[] = [];
  for (const item of items) {
    const body = item.querySelector(MESSAGE_BODY) ?? item.querySelector(MESSAGE_BODY_FALLBACK);
    hits.push(body?.matches(MESSAGE_BODY) ?? false);
    const text = body ? readableText(body) : '';
    if (!text) continue;
    const sender = item.querySelector(MESSAGE_SENDER);
    const author = person(sender?.textContent, emailAddress(sender?.getAttribute(MESSAGE_SENDER_EMAIL_ATTR)));
    const role = roleOf(item, author, requester, hits);
    const sentAt = isoTime(item.querySelector(MESSAGE_TIME)?.getAttribute('datetime'));
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
 * Private notes are agent messages; incoming notes come from the contact, outgoing ones from an
 * agent; the description is the requester's. Without those marks the sender is compared with the
 * requester (none known: the customer is assumed, as a missed agent reply costs less).
 */
function roleOf(item: Element, author: Person, requester: Person, hits: boolean[]): Role {
  const marked =
    item.classList.contains(PRIVATE_NOTE_CLASS) || item.classList.contains(OUTGOING_CLASS)
      ? 'agent'
      : item.classList.contains(INCOMING_CLASS) || item.matches(DESCRIPTION)
        ? 'customer'
        : undefined;
  hits.push(marked !== undefined);
  if (marked) return marked;
  if (!requester.name && !requester.email) return 'customer';
  const sameEmail = author.email !== undefined && author.email === requester.email;
  const sameName = author.name !== undefined && author.name.toLowerCase() === requester.name?.toLowerCase();
  return sameEmail || sameName ? 'customer' : 'agent';
}
