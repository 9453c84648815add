import type { Person } from '@/lib/schemas/ticket';
import { emailAddress, person } from './people';
import { readableText, singleLine } from './text';
import { chronological, isoTime } from './time';
import { BODY, BODY_FALLBACK, COLLAPSED_PREVIEW, MESSAGE, MESSAGE_FALLBACK, SENDER, SENDER_FALLBACK, SENT_TIME } from './outlook-selectors';
import { primaryShare } from './confidence';

/** One message as the reading pane shows it, before roles are known. */
export interface OutlookMessage {
  author: Person;
  sentAt?: string;
  text: string;
  /** Share (0–1) of this message's reads that used a primary selector. */
  certainty: number;
}

const ADDRESS_IN_TEXT = /<([^<>\s]+@[^<>\s]+)>/;

/**
 * The conversation's messages, oldest first: Outlook shows the newest on top by default, so they
 * are put in time order (the pane's dates parse as local time; where one does not, the page's
 * order is kept). A collapsed message contributes the first line Outlook shows for it.
 */
export function readOutlookMessages(root: Element): { messages: OutlookMessage[]; primary: boolean } {
  let elements = Array.from(root.querySelectorAll(MESSAGE));
  const primary = elements.length > 0;
  if (!primary)
    elements = Array.from(root.querySelectorAll(MESSAGE_FALLBACK)).filter((element) => !element.parentElement?.closest(MESSAGE_FALLBACK));
  const messages = elements.map(readMessage).filter((message): message is OutlookMessage => message !== null);
  return { messages: chronological(messages), primary };
}

function readMessage(element: Element): OutlookMessage | null {
  const primarySender = element.querySelector(SENDER);
  const sender = primarySender ?? element.querySelector(SENDER_FALLBACK);
  if (!sender) return null;
  const body = element.querySelector(BODY) ?? element.querySelector(BODY_FALLBACK);
  const source = body ?? element.querySelector(COLLAPSED_PREVIEW);
  const text = source ? readableText(source) : '';
  if (!text) return null;
  const label = singleLine(sender.textContent, 400);
  const address = emailAddress(sender.getAttribute('title')) ?? emailAddress(ADDRESS_IN_TEXT.exec(label)?.[1]);
  const name = label
    .replace(ADDRESS_IN_TEXT, '')
    .replace(/^From:\s*/i, '')
    .trim();
  const time = element.querySelector(SENT_TIME);
  const sentAt = isoTime(time?.getAttribute('title') ?? time?.textContent);
  const hits = [primarySender !== null, body === null || body.matches(BODY), time !== null];
  return {
    author: person(name, address),
    ...(sentAt ? { sentAt } : {}),
    text,
    certainty: primaryShare(hits),
  };
}
