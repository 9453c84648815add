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
  OWN_LABELS,
  ROLE_CLASSES,
  SENDER_ATTR,
} from './ebay-selectors';
import { primaryShare } from './confidence';

export interface EbayMessages {
  /** Buyer and seller messages, oldest first; eBay's own notices are not messages. */
  messages: ThreadMessage[];
  /** Share (0–1) of reads that used primary selectors. */
  certainty: number;
}

/**
 * The conversation's messages. Each is the buyer's, the shop's (the signed-in seller) or eBay's
 * (notices such as "Your item has shipped", which are left out).
 */
export function readEbayMessages(root: Element, buyer: Person): EbayMessages | null {
  let elements = Array.from(root.querySelectorAll(MESSAGE));
  const primary = elements.length > 0;
  if (!primary) elements = Array.from(root.querySelectorAll(MESSAGE_FALLBACK));
  const hits: boolean[] = [primary];
  const messages: ThreadMessage[] = [];
  for (const element of elements) {
    const label = singleLine(element.querySelector(MESSAGE_SENDER)?.textContent, 200);
    const role = roleOf(element, label, hits);
    const body = element.querySelector(MESSAGE_BODY) ?? element.querySelector(MESSAGE_BODY_FALLBACK);
    hits.push(body !== null && body.matches(MESSAGE_BODY));
    const text = body ? readableText(body) : '';
    if (role === 'system' || !text) continue;
    const time = element.querySelector(MESSAGE_TIME);
    hits.push(time !== null);
    const sentAt = isoTime(time?.getAttribute('datetime') ?? time?.textContent);
    messages.push({
      author: role === 'customer' ? buyer : person(OWN_LABELS.has(label.toLowerCase()) ? undefined : label, null),
      role,
      ...(sentAt ? { sentAt } : {}),
      text,
    });
  }
  if (messages.length === 0) return null;
  return { messages: chronological(messages), certainty: primaryShare(hits) };
}

/**
 * The role from the sender attribute, else from a bubble class modifier, else from the sender
 * label: "You" is the shop, "eBay" a notice, anything else (the buyer's user ID) the buyer, as a
 * missed agent reply costs less than a reply to the agent.
 */
function roleOf(element: Element, label: string, hits: boolean[]): Role {
  const fromAttribute = roleNamed(element.getAttribute(SENDER_ATTR));
  hits.push(fromAttribute !== undefined);
  if (fromAttribute) return fromAttribute;
  for (const name of Array.from(element.classList)) {
    const fromClass = roleNamed(/--([a-z]+)$/.exec(name)?.[1]);
    if (fromClass) return fromClass;
  }
  const lower = label.toLowerCase();
  if (lower === 'ebay') return 'system';
  if (OWN_LABELS.has(lower)) return 'agent';
  return 'customer';
}

function roleNamed(name: string | null | undefined): Role | undefined {
  const key = (name ?? '').toLowerCase();
  return Object.hasOwn(ROLE_CLASSES, key) ? ROLE_CLASSES[key] : undefined;
}
