/**
 * The customer's support history on this browser: tickets the panel showed and replies the agent
 * inserted, per customer, in the `history` table (Dexie version 3). Nothing leaves the browser.
 * Storage failures surface as TemplateStorageError; callers catch them, because history failing
 * must never break the panel.
 */
import Dexie from 'dexie';
import type { Intent } from '@/lib/schemas/template';
import type { Ticket } from '@/lib/schemas/ticket';
import { getDatabase } from '@/lib/templates/db';
import { withStorage } from '@/lib/templates/storage-error';
import { groupByTicket, ticketKeyOf, type TicketHistory } from '@/lib/history/group';
import {
  HistoryEntrySchema,
  NewHistoryEntrySchema,
  type HistoryEntry,
  type NewHistoryEntry,
  type NonTemplateReply,
} from '@/lib/history/schema';

/** A panel re-rendering or the agent switching tabs back is not a new visit. */
export const SEEN_DEDUPE_WINDOW_MS = 30 * 60 * 1000;

/** Bounds what one panel render reads for a very busy customer; older entries stay stored. */
const MAX_ENTRIES_READ = 500;

/** The lowercased email when the page shows one, else the name; undefined for an anonymous ticket. */
export function customerKeyOf(ticket: Pick<Ticket, 'customer'>): string | undefined {
  const email = ticket.customer.email?.trim().toLowerCase();
  if (email) return email;
  const name = ticket.customer.name?.trim();
  return name || undefined;
}

function parseEntry(value: unknown): HistoryEntry | undefined {
  const parsed = HistoryEntrySchema.safeParse(value);
  if (parsed.success) return parsed.data;
  // The id and first problem only: entries hold customer emails and subjects.
  const id = (value as { id?: unknown } | null)?.id;
  console.warn(`Deskpilot: skipped a corrupt history record "${String(id)}": ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return undefined;
}

export function parseStoredHistory(values: unknown[]): HistoryEntry[] {
  return values.flatMap((value) => parseEntry(value) ?? []);
}

/** Checked before writing too: an entry that would be skipped on read is a bug here, not later. */
function newEntry(
  ticket: Ticket,
  customerKey: string,
  at: Date,
  rest: Pick<NewHistoryEntry, 'kind' | 'templateId' | 'intent'>,
): NewHistoryEntry {
  return NewHistoryEntrySchema.parse({
    ...rest,
    customerKey,
    site: ticket.site,
    ticketUrl: ticket.url,
    ...(ticket.threadId ? { threadId: ticket.threadId } : {}),
    subject: ticket.subject,
    at: at.toISOString(),
  });
}

/** The customer's entries from `since` on, newest first, bad records skipped. */
function entriesSince(customerKey: string, since: string | typeof Dexie.minKey): Promise<HistoryEntry[]> {
  const db = getDatabase();
  return db.history
    .where('[customerKey+at]')
    .between([customerKey, since], [customerKey, Dexie.maxKey], true, true)
    .reverse()
    .limit(MAX_ENTRIES_READ)
    .toArray()
    .then(parseStoredHistory);
}

/**
 * Records that the panel showed this ticket. The same ticket seen again within 30 minutes is not
 * recorded twice. Returns whether an entry was written (false for a deduplicated or anonymous one).
 */
export function recordTicketSeen(ticket: Ticket, intent?: Intent, now = new Date()): Promise<boolean> {
  const customerKey = customerKeyOf(ticket);
  if (!customerKey) return Promise.resolve(false);
  const db = getDatabase();
  const ticketKey = ticketKeyOf(ticket.site, ticket.url, ticket.threadId);
  const since = new Date(now.getTime() - SEEN_DEDUPE_WINDOW_MS).toISOString();
  // One rw transaction: two panels (or a double effect) cannot both pass the check and both write.
  return withStorage(() =>
    db.transaction('rw', db.history, async () => {
      const recent = await entriesSince(customerKey, since);
      const seenRecently = recent.some((e) => e.kind === 'seen' && ticketKeyOf(e.site, e.ticketUrl, e.threadId) === ticketKey);
      if (seenRecently) return false;
      await db.history.add(newEntry(ticket, customerKey, now, { kind: 'seen', intent }));
      return true;
    }),
  );
}

/** Records a reply the agent inserted: a template id, an AI draft, or an edited reply. */
export async function recordReplyInserted(ticket: Ticket, reply: string | NonTemplateReply, now = new Date()): Promise<void> {
  const customerKey = customerKeyOf(ticket);
  if (!customerKey) return;
  const entry = newEntry(ticket, customerKey, now, { kind: 'inserted', templateId: reply });
  await withStorage(() => getDatabase().history.add(entry));
}

/** The customer's tickets on this browser, most recently active first, at most `limit` of them. */
export async function customerHistory(customerKey: string, limit = 20): Promise<TicketHistory[]> {
  const entries = await withStorage(() => entriesSince(customerKey, Dexie.minKey));
  return groupByTicket(entries).slice(0, limit);
}
