/** How a usage event names its ticket without holding customer data, and counts what was inserted. */
import type { Ticket } from '@/lib/schemas/ticket';
import { ticketKeyOf } from '@/lib/history/group';

/**
 * sha-256 of the history's ticket key (site and thread id, else URL), 16 hex digits: the same
 * ticket gives the same ref on every visit and for every agent, and a URL that carries an email
 * address never reaches an export.
 */
export async function ticketRefOf(ticket: Pick<Ticket, 'site' | 'url' | 'threadId'>): Promise<string> {
  const key = ticketKeyOf(ticket.site, ticket.url, ticket.threadId);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return [...new Uint8Array(digest).slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Characters as a person counts them (code points), so "한국어" is 3, not 3 UTF-16 units by luck. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
