/** Folds a customer's history entries into one summary per ticket, for the panel. */
import type { SiteId } from '@/lib/schemas/ticket';
import type { HistoryEntry } from '@/lib/history/schema';

export interface InsertedReply {
  at: string;
  /** A template id, or 'ai-draft' / 'edited'. */
  templateId: string;
}

export interface TicketHistory {
  ticketKey: string;
  site: SiteId;
  ticketUrl: string;
  threadId?: string;
  subject: string;
  /** The newest entry of any kind. */
  lastAt: string;
  seenCount: number;
  lastSeenAt?: string;
  /** Newest first. */
  replies: InsertedReply[];
}

/**
 * A ticket is its site's thread id when the adapter read one, else its URL: Gmail shows one thread
 * under several URLs (#inbox/…, #all/…), and the thread id is what stays the same.
 */
export function ticketKeyOf(site: SiteId, ticketUrl: string, threadId: string | undefined): string {
  return threadId ? `${site}:thread:${threadId}` : `${site}:url:${ticketUrl}`;
}

/** Entries in any order in; tickets out, most recently active first. */
export function groupByTicket(entries: HistoryEntry[]): TicketHistory[] {
  const newestFirst = [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id));
  const byTicket = new Map<string, TicketHistory>();
  for (const entry of newestFirst) {
    const ticketKey = ticketKeyOf(entry.site, entry.ticketUrl, entry.threadId);
    let ticket = byTicket.get(ticketKey);
    if (!ticket) {
      // The newest entry names the ticket: its subject and URL are the current ones.
      ticket = {
        ticketKey,
        site: entry.site,
        ticketUrl: entry.ticketUrl,
        subject: entry.subject,
        lastAt: entry.at,
        seenCount: 0,
        replies: [],
      };
      if (entry.threadId) ticket.threadId = entry.threadId;
      byTicket.set(ticketKey, ticket);
    }
    if (entry.kind === 'seen') {
      ticket.seenCount += 1;
      ticket.lastSeenAt ??= entry.at;
    } else if (entry.templateId) {
      ticket.replies.push({ at: entry.at, templateId: entry.templateId });
    }
  }
  return [...byTicket.values()];
}
