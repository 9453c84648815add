import { classifyIntent } from '@/lib/suggest/classify';
import { TicketSchema, type Thread, type ThreadMessage, type Ticket, type TicketMessage, type TicketRequest } from '@/lib/schemas/ticket';
import { extractEntities } from './entities';
import { detectLanguage } from './language';
import { stripMessage } from './strip-reply';

/**
 * The sender's new text is at the top of a message; past this we only keep reading the history a
 * client appended. Bounds the work on pasted logs or 5 MB threads (stripping is linear anyway).
 */
const MAX_STRIP_CHARS = 1_000_000;

/** HTML carries markup around the same text: a larger bound for the same work. */
const MAX_STRIP_HTML_CHARS = 2 * MAX_STRIP_CHARS;

const capped = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** The ticket keeps the text and what is new in it; the HTML was only needed to find that. */
function toTicketMessage({ html, ...message }: ThreadMessage): TicketMessage {
  const visibleText = stripMessage({
    text: capped(message.text, MAX_STRIP_CHARS),
    html: html === undefined ? undefined : capped(html, MAX_STRIP_HTML_CHARS),
  });
  return { ...message, visibleText };
}

/**
 * The language of the newest customer message; when that is too short to tell ("Thanks!"), the
 * language of everything the customer wrote in the thread, subject included.
 */
function customerLanguage(subject: string, customerTexts: readonly string[]): string | null {
  const latest = customerTexts.at(-1);
  if (latest === undefined) return null;
  return detectLanguage(latest) ?? detectLanguage([subject, ...customerTexts].join('\n'));
}

/** Every request of the newest customer message, with spans into that message's text. */
function ticketRequests(latest: string | null): TicketRequest[] {
  if (!latest?.trim()) return [];
  return classifyIntent(latest).requests.map(({ intent, confidence, start, end }) => ({ intent, confidence, span: { start, end } }));
}

/**
 * Turns the raw thread a site adapter read into a Ticket: each message's visible text (no quoted
 * history, no signature), the newest customer message, entities from the subject and what the
 * customer wrote (not from quoted history), the customer's language and the requests the newest
 * customer message makes.
 */
export function buildTicket(thread: Thread): Ticket {
  const messages = thread.messages.map(toTicketMessage);
  const customerTexts = messages.filter((message) => message.role === 'customer').map((message) => message.visibleText);
  const { reader, profileId, confidence, stoppedAfter, ...rest } = thread;
  return TicketSchema.parse({
    ...rest,
    messages,
    latestCustomerMessage: customerTexts.at(-1) ?? null,
    entities: extractEntities([thread.subject, ...customerTexts]),
    language: customerLanguage(thread.subject, customerTexts),
    source: {
      adapter: thread.site,
      confidence,
      reader: reader ?? 'site',
      ...(profileId ? { profileId } : {}),
      ...(stoppedAfter ? { stoppedAfter } : {}),
    },
    requests: ticketRequests(customerTexts.at(-1) ?? null),
  });
}
