import { TicketSchema, type Thread, type ThreadMessage, type Ticket, type TicketMessage } from '@/lib/schemas/ticket';
import { extractEntities } from './entities';
import { detectLanguage } from './language';
import { stripReply } from './strip-reply';

/**
 * The sender's new text is at the top of a message; past this we only keep reading the history a
 * client appended. Bounds the work on pasted logs or 5 MB threads (stripping is linear anyway).
 */
const MAX_STRIP_CHARS = 1_000_000;

function toTicketMessage(message: ThreadMessage): TicketMessage {
  const text = message.text.length > MAX_STRIP_CHARS ? message.text.slice(0, MAX_STRIP_CHARS) : message.text;
  return { ...message, visibleText: stripReply(text) };
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

/**
 * Turns the raw thread a site adapter read into a Ticket: each message's visible text (no quoted
 * history, no signature), the newest customer message, entities from the subject and what the
 * customer wrote (not from quoted history), and the customer's language.
 */
export function buildTicket(thread: Thread): Ticket {
  const messages = thread.messages.map(toTicketMessage);
  const customerTexts = messages.filter((message) => message.role === 'customer').map((message) => message.visibleText);
  const { reader, profileId, confidence, ...rest } = thread;
  return TicketSchema.parse({
    ...rest,
    messages,
    latestCustomerMessage: customerTexts.at(-1) ?? null,
    entities: extractEntities([thread.subject, ...customerTexts]),
    language: customerLanguage(thread.subject, customerTexts),
    source: { adapter: thread.site, confidence, reader: reader ?? 'site', ...(profileId ? { profileId } : {}) },
  });
}
