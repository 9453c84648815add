import type { Person } from '@/lib/schemas/ticket';
import { emailAddress, person } from './people';
import { readableText } from './text';
import { isoTime } from './time';
import {
  BODY,
  BODY_FALLBACK,
  COLLAPSED_SNIPPET,
  MESSAGE,
  MESSAGE_FALLBACK,
  MESSAGE_ID,
  RECIPIENTS,
  SENDER,
  SENDER_FALLBACK,
  TIMESTAMP,
} from './gmail-selectors';
import { primaryShare } from './confidence';

/** One message as the page shows it, before roles are known. */
export interface GmailMessage {
  author: Person;
  sentAt?: string;
  text: string;
  recipients: string[];
  /** Share (0–1) of this message's reads that used a primary selector. */
  certainty: number;
}

export interface GmailMessages {
  messages: GmailMessage[];
  /** Whether messages were found with the primary selector. */
  primary: boolean;
}

/**
 * The messages of one conversation, in page order (Gmail lists them oldest first). A collapsed
 * message contributes the snippet Gmail shows for it; a message Gmail hid behind "N older
 * messages" with neither body nor snippet is left out, as there is nothing true to say of it.
 */
export function readGmailMessages(root: Element): GmailMessages {
  let elements = Array.from(root.querySelectorAll(MESSAGE));
  const primary = elements.length > 0;
  if (!primary) {
    // The fallback may also match elements nested in a message that carry its id: keep the outermost.
    elements = Array.from(root.querySelectorAll(MESSAGE_FALLBACK)).filter((element) => !element.parentElement?.closest(MESSAGE_ID));
  }
  const messages = elements.map(readMessage).filter((message): message is GmailMessage => message !== null);
  return { messages, primary };
}

function readMessage(element: Element): GmailMessage | null {
  const primarySender = element.querySelector(SENDER);
  const sender = primarySender ?? element.querySelector(SENDER_FALLBACK);
  if (!sender) return null;
  const body = element.querySelector(BODY) ?? element.querySelector(BODY_FALLBACK);
  const source = body ?? element.querySelector(COLLAPSED_SNIPPET);
  const text = source ? readableText(source) : '';
  if (!text) return null;
  const stamp = element.querySelector(TIMESTAMP);
  const sentAt = isoTime(stamp?.getAttribute('title') ?? stamp?.getAttribute('aria-label') ?? stamp?.textContent);
  const author = person(sender.getAttribute('name') || sender.textContent, sender.getAttribute('email'));
  const recipients = Array.from(element.querySelectorAll(RECIPIENTS), (span) => emailAddress(span.getAttribute('email')));
  const hits = [primarySender !== null, body === null || body.matches(BODY), stamp !== null];
  return {
    author,
    ...(sentAt ? { sentAt } : {}),
    text,
    recipients: recipients.filter((email): email is string => email !== undefined && email !== author.email),
    certainty: primaryShare(hits),
  };
}
