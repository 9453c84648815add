import type { Person, Role, ThreadMessage } from '@/lib/schemas/ticket';
import { emailAddress, person } from './people';
import { readableText } from './text';
import { chronological, isoTime } from './time';
import {
  THREAD,
  THREAD_AUTHOR,
  THREAD_AUTHOR_EMAIL,
  THREAD_AUTHOR_FALLBACK,
  THREAD_BODY,
  THREAD_BODY_FALLBACK,
  THREAD_FALLBACK,
  THREAD_TIME,
  THREAD_TYPES,
} from './help-scout-selectors';
import { primaryShare } from './confidence';

export interface HelpScoutMessages {
  /** Customer threads, replies and notes, oldest first; line items (status changes) are left out. */
  messages: ThreadMessage[];
  /** Share (0–1) of reads that used primary selectors. */
  certainty: number;
}

/**
 * The conversation's threads. Help Scout lists the newest first unless the agent chose otherwise,
 * so they are put in time order when every one shows a time. A thread with no type class is
 * read from its aria-label, else as the customer's when its author is the customer.
 */
export function readHelpScoutMessages(root: Element, customer: Person): HelpScoutMessages | null {
  let elements = Array.from(root.querySelectorAll(THREAD));
  const primary = elements.length > 0;
  if (!primary)
    elements = Array.from(root.querySelectorAll(THREAD_FALLBACK)).filter((element) => !element.parentElement?.closest(THREAD_FALLBACK));
  const hits: boolean[] = [primary];
  const messages: ThreadMessage[] = [];
  for (const element of elements) {
    const authorElement = element.querySelector(THREAD_AUTHOR) ?? element.querySelector(THREAD_AUTHOR_FALLBACK);
    const author = person(
      authorElement?.textContent,
      emailAddress(
        element
          .querySelector(THREAD_AUTHOR_EMAIL)
          ?.getAttribute('href')
          ?.replace(/^mailto:/i, ''),
      ),
    );
    const role = roleOf(element, author, customer, hits);
    if (role === 'system') continue;
    const body = element.querySelector(THREAD_BODY) ?? element.querySelector(THREAD_BODY_FALLBACK);
    hits.push(body !== null && body.matches(THREAD_BODY), authorElement !== null && authorElement.matches(THREAD_AUTHOR));
    const text = body ? readableText(body) : '';
    if (!text) continue;
    const time = element.querySelector(THREAD_TIME);
    const sentAt = isoTime(time?.getAttribute('datetime'));
    messages.push({
      author: role === 'customer' ? { ...customer, ...author } : author,
      role,
      ...(sentAt ? { sentAt } : {}),
      text,
    });
  }
  if (messages.length === 0) return null;
  return { messages: chronological(messages), certainty: primaryShare(hits) };
}

function roleOf(element: Element, author: Person, customer: Person, hits: boolean[]): Role {
  const typed = Array.from(element.classList).find((name) => Object.hasOwn(THREAD_TYPES, name));
  hits.push(typed !== undefined);
  if (typed) return THREAD_TYPES[typed]!;
  // Newer items label themselves "Customer response", "User reply", "Note" (assistant extension).
  const label = (element.getAttribute('aria-label') ?? '').toLowerCase();
  if (label.includes('customer')) return 'customer';
  if (/\b(?:user|note)\b/.test(label)) return 'agent';
  if (author.email && customer.email) return author.email === customer.email ? 'customer' : 'agent';
  if (author.name && customer.name) return author.name.toLowerCase() === customer.name.toLowerCase() ? 'customer' : 'agent';
  return 'customer';
}
