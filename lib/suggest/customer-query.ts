/**
 * The text the customer actually wrote last, as classifying, ranking and the AI's second opinion
 * read it. The panel makes it once per ticket (readTicketIntent, ./ticket-intent.ts) and passes it
 * down; ranking makes it itself only when called without one (the CLI, one request's clause).
 */
import type { Ticket } from '@/lib/schemas/ticket';
import { MAX_QUERY_SOURCE_CHARS } from '@/lib/suggest/query-terms';

/**
 * The latest customer message, else the subject, bounded: past MAX_QUERY_SOURCE_CHARS a message
 * is pasted history or logs, not the request.
 */
export function customerQuery(ticket: Ticket): string {
  return customerText(ticket.latestCustomerMessage, ticket.subject);
}

/**
 * The same from the two texts alone: triage (the CLI's and the Queue's rows carry no Ticket) reads
 * what the panel's badge reads. Not "subject + message": a subject is often a stale thread title
 * ("Re: Refund for order #1047" over a message asking to change the address) and outvoted the message.
 */
export function customerText(latestMessage: string | null | undefined, subject: string | undefined): string {
  const latest = latestMessage?.trim();
  const text = latest ? latest : (subject ?? '');
  return text.length > MAX_QUERY_SOURCE_CHARS ? text.slice(0, MAX_QUERY_SOURCE_CHARS) : text;
}
