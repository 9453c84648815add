import type { Person, Role, ThreadMessage } from '@/lib/schemas/ticket';
import { emailAddress, person } from './people';
import { readableText } from './text';
import { chronological, isoTime } from './time';
import {
  CHANNEL_ATTR,
  FROM_AGENT_ATTR,
  INTERNAL_NOTE_CHANNEL,
  MESSAGE,
  MESSAGE_BODY,
  MESSAGE_BODY_FALLBACK,
  MESSAGE_FALLBACK,
  MESSAGE_SENDER_EMAIL,
  MESSAGE_SENDER_NAME,
  MESSAGE_TIME,
  PUBLIC_ATTR,
} from './gorgias-selectors';
import { primaryShare, queryAllWithFallback } from './confidence';

export interface GorgiasMessages {
  /** Messages oldest first: the customer's, agents' (and rules') replies, internal notes as agent. */
  messages: ThreadMessage[];
  /** Share (0–1) of reads that used primary selectors. */
  certainty: number;
}

/** Reads the ticket's messages. Ticket events (assignments, tags, rules) are not messages. */
export function readGorgiasMessages(view: Element, customer: Person): GorgiasMessages | null {
  const { elements: items, primary } = queryAllWithFallback(view, MESSAGE, MESSAGE_FALLBACK);
  const hits: boolean[] = [primary];
  const messages: ThreadMessage[] = [];
  for (const item of items) {
    const body = item.querySelector(MESSAGE_BODY) ?? item.querySelector(MESSAGE_BODY_FALLBACK);
    hits.push(body?.matches(MESSAGE_BODY) ?? false);
    const text = body ? readableText(body) : '';
    if (!text) continue;
    const email = item.querySelector(MESSAGE_SENDER_EMAIL)?.textContent?.replace(/[<>]/g, '');
    const author = person(item.querySelector(MESSAGE_SENDER_NAME)?.textContent, emailAddress(email));
    const role = roleOf(item, author, customer, hits);
    const sentAt = isoTime(item.querySelector(MESSAGE_TIME)?.getAttribute('datetime'));
    messages.push({
      author: role === 'customer' ? { ...author, ...customer } : author,
      role,
      ...(sentAt ? { sentAt } : {}),
      text,
    });
  }
  if (messages.length === 0) return null;
  return { messages: chronological(messages), certainty: primaryShare(hits) };
}

/**
 * Internal notes (non-public, or the internal-note channel) are agent messages; then the message's
 * `from_agent`; then the sender compared with the customer (none known: the customer is assumed,
 * as a missed agent reply costs less than answering the agent).
 */
function roleOf(item: Element, author: Person, customer: Person, hits: boolean[]): Role {
  if (item.getAttribute(PUBLIC_ATTR) === 'false' || item.getAttribute(CHANNEL_ATTR) === INTERNAL_NOTE_CHANNEL) return 'agent';
  const fromAgent = item.getAttribute(FROM_AGENT_ATTR);
  hits.push(fromAgent === 'true' || fromAgent === 'false');
  if (fromAgent === 'true') return 'agent';
  if (fromAgent === 'false') return 'customer';
  if (!customer.name && !customer.email) return 'customer';
  const sameEmail = author.email !== undefined && author.email === customer.email;
  const sameName = author.name !== undefined && author.name.toLowerCase() === customer.name?.toLowerCase();
  return sameEmail || sameName ? 'customer' : 'agent';
}
