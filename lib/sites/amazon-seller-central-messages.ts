import type { Person, Role, ThreadMessage } from '@/lib/schemas/ticket';
import { person } from './people';
import { readableText, singleLine } from './text';
import { chronological, isoTime } from './time';
import {
  MESSAGE,
  MESSAGE_BODY,
  MESSAGE_BODY_FALLBACK,
  MESSAGE_FALLBACK,
  MESSAGE_SENDER,
  MESSAGE_TIME,
  MESSAGE_TIME_FALLBACK,
  ROLE_CLASSES,
  SENDER_ROLE_ATTR,
} from './amazon-seller-central-selectors';
import { primaryShare } from './confidence';

export interface AmazonMessages {
  /** Buyer and seller messages, oldest first; Amazon's own notices are not messages. */
  messages: ThreadMessage[];
  /** Share (0–1) of reads that used primary selectors. */
  certainty: number;
}

/**
 * Reads the thread's messages. The thread view's order (newest first or last) is not known for
 * sure, so messages are put in time order when every one of them shows a time.
 */
export function readAmazonMessages(root: Element, buyer: Person): AmazonMessages | null {
  let elements = Array.from(root.querySelectorAll(MESSAGE));
  const primary = elements.length > 0;
  if (!primary) elements = Array.from(root.querySelectorAll(MESSAGE_FALLBACK));
  const hits: boolean[] = [primary];
  const messages: ThreadMessage[] = [];
  for (const element of elements) {
    const role = roleOf(element, buyer, hits);
    const body = element.querySelector(MESSAGE_BODY) ?? element.querySelector(MESSAGE_BODY_FALLBACK);
    hits.push(body !== null && body.matches(MESSAGE_BODY));
    const text = body ? readableText(body) : '';
    if (role === 'system' || !text) continue;
    const time = element.querySelector(MESSAGE_TIME);
    hits.push(time !== null);
    const sentAt = isoTime(time?.getAttribute('datetime') ?? element.querySelector(MESSAGE_TIME_FALLBACK)?.textContent);
    const label = singleLine(element.querySelector(MESSAGE_SENDER)?.textContent, 200);
    messages.push({
      author: role === 'customer' ? buyer : person(label, null),
      role,
      ...(sentAt ? { sentAt } : {}),
      text,
    });
  }
  if (messages.length === 0) return null;
  return { messages: chronological(messages), certainty: primaryShare(hits) };
}

/**
 * The role from the sender attribute, else from a class modifier, else by comparing the sender's
 * label with the buyer's name ("Amazon" labels system notices; with no buyer name known, the
 * buyer is assumed, as a missed agent reply costs less than a reply to the agent). Records which
 * way it was read.
 */
function roleOf(element: Element, buyer: Person, hits: boolean[]): Role {
  const fromAttribute = roleNamed(element.getAttribute(SENDER_ROLE_ATTR));
  hits.push(fromAttribute !== undefined);
  if (fromAttribute) return fromAttribute;
  for (const name of Array.from(element.classList)) {
    const fromClass = roleNamed(/(?:--|-|_)(buyer|seller|system|amazon)$/.exec(name)?.[1]);
    if (fromClass) return fromClass;
  }
  const label = singleLine(element.querySelector(MESSAGE_SENDER)?.textContent).toLowerCase();
  if (label === 'amazon' || label.startsWith('amazon ')) return 'system';
  if (!buyer.name) return 'customer';
  return label === buyer.name.toLowerCase() ? 'customer' : 'agent';
}

function roleNamed(name: string | null | undefined): Role | undefined {
  const key = (name ?? '').toLowerCase();
  return Object.hasOwn(ROLE_CLASSES, key) ? ROLE_CLASSES[key] : undefined;
}
