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
  ROLE_NAMES,
  SENDER_ATTR,
} from './etsy-selectors';
import { primaryShare } from './confidence';

export interface EtsyMessages {
  /** Buyer and shop messages, oldest first; Etsy's own notices are not messages. */
  messages: ThreadMessage[];
  /** Share (0–1) of reads that used primary selectors. */
  certainty: number;
}

/** The buyer as the header shows them: display name and username, either may be missing. */
export interface EtsyBuyer {
  person: Person;
  username: string;
}

export function readEtsyMessages(root: Element, buyer: EtsyBuyer): EtsyMessages | null {
  let elements = Array.from(root.querySelectorAll(MESSAGE));
  const primary = elements.length > 0;
  if (!primary) elements = Array.from(root.querySelectorAll(MESSAGE_FALLBACK));
  const hits: boolean[] = [primary];
  const messages: ThreadMessage[] = [];
  for (const element of elements) {
    const label = singleLine(element.querySelector(MESSAGE_SENDER)?.textContent, 200);
    const role = roleOf(element, label, buyer, hits);
    const body = element.querySelector(MESSAGE_BODY) ?? element.querySelector(MESSAGE_BODY_FALLBACK);
    hits.push(body !== null && body.matches(MESSAGE_BODY));
    const text = body ? readableText(body) : '';
    if (role === 'system' || !text) continue;
    const time = element.querySelector(MESSAGE_TIME);
    hits.push(time !== null);
    const sentAt = isoTime(time?.getAttribute('datetime'));
    messages.push({
      author: role === 'customer' ? buyer.person : person(label, null),
      role,
      ...(sentAt ? { sentAt } : {}),
      text,
    });
  }
  if (messages.length === 0) return null;
  return { messages: chronological(messages), certainty: primaryShare(hits) };
}

/**
 * The role from the sender attribute, else from the sender label: "Etsy" is a notice, the buyer's
 * name or username is the buyer, another name is the shop's. With no buyer name known the buyer
 * is assumed, as a missed agent reply costs less than a reply to the agent.
 */
function roleOf(element: Element, label: string, buyer: EtsyBuyer, hits: boolean[]): Role {
  const key = (element.getAttribute(SENDER_ATTR) ?? '').toLowerCase();
  const fromAttribute = Object.hasOwn(ROLE_NAMES, key) ? ROLE_NAMES[key] : undefined;
  hits.push(fromAttribute !== undefined);
  if (fromAttribute) return fromAttribute;
  const lower = label.toLowerCase();
  if (lower === 'etsy') return 'system';
  const names = [buyer.person.name, buyer.username].filter(Boolean).map((name) => name!.toLowerCase());
  if (names.length === 0 || !lower) return 'customer';
  return names.includes(lower) ? 'customer' : 'agent';
}
