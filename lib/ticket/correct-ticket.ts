/**
 * The agent's corrections to a ticket the general (structural) reader read: which message is the
 * customer's, and which ones are "from us". Roles flip and the ticket is rebuilt (visible text,
 * latest customer message, entities, language) exactly as a read would build it.
 */
import type { Thread, Ticket } from '@/lib/schemas/ticket';
import { buildTicket } from './build-ticket';

export interface ReadingCorrections {
  /** Index of the message the agent picked as the customer's: its author becomes the customer. */
  customerMessage?: number;
  /** Indices of messages the agent marked "this one is from us". */
  fromUs: number[];
}

export const NO_CORRECTIONS: ReadingCorrections = { fromUs: [] };

export function correctTicket(ticket: Ticket, corrections: ReadingCorrections): Ticket {
  const { customerMessage, fromUs } = corrections;
  if (customerMessage === undefined && fromUs.length === 0) return ticket;
  const ours = new Set(fromUs);
  const picked = customerMessage === undefined ? undefined : ticket.messages[customerMessage];
  const pickedKey = picked && authorKey(picked.author);
  const messages = ticket.messages.map(({ visibleText: _visibleText, ...message }, index) => {
    if (ours.has(index)) return { ...message, role: 'agent' as const };
    if (index === customerMessage) return { ...message, role: 'customer' as const };
    // The picked customer's other messages are the customer's too, unless marked as ours.
    if (pickedKey && authorKey(message.author) === pickedKey) return { ...message, role: 'customer' as const };
    return message;
  });
  const customer = picked && (picked.author.name || picked.author.email) ? picked.author : ticket.customer;
  const thread: Thread = {
    site: ticket.site,
    url: ticket.url,
    ...(ticket.threadId ? { threadId: ticket.threadId } : {}),
    subject: ticket.subject,
    customer,
    messages,
    // Checked by a person: as sure as a read gets.
    confidence: 1,
    ...(ticket.source.reader ? { reader: ticket.source.reader } : {}),
    ...(ticket.earlierMessages ? { earlierMessages: ticket.earlierMessages } : {}),
    // The agent checked the messages read, not the ones the stopped read never reached.
    ...(ticket.source.stoppedAfter ? { stoppedAfter: ticket.source.stoppedAfter } : {}),
  };
  return buildTicket(thread);
}

function authorKey(author: { name?: string; email?: string }): string {
  return (author.email ?? author.name ?? '').toLowerCase();
}
