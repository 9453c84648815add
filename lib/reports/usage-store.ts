/**
 * The `usageEvents` table (Dexie version 6): written when the panel shows a ticket and when a reply
 * is inserted, read by the Reports page. Storage failures surface as TemplateStorageError; callers
 * decide what to tell the agent, because a report failing must never break an insert.
 */
import { getDatabase } from '@/lib/templates/db';
import { withStorage } from '@/lib/templates/storage-error';
import type { Intent } from '@/lib/schemas/template';
import type { Ticket } from '@/lib/schemas/ticket';
import {
  ReplyInsertedEventSchema,
  TicketSeenEventSchema,
  UsageEventSchema,
  type ReplyInsertedEvent,
  type UsageEvent,
} from '@/lib/reports/event-schema';
import { currentIdentity } from '@/lib/reports/identity';
import { ticketRefOf } from '@/lib/reports/ticket-ref';
import { addDays, localDay } from '@/lib/reports/days';

/** Events older than this many days are deleted: a year of reports, and a bounded table. */
export const KEEP_DAYS = 400;

function parseEvent(value: unknown): UsageEvent | undefined {
  const parsed = UsageEventSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const id = (value as { id?: unknown } | null)?.id;
  console.warn(`Deskpilot: skipped a corrupt usage event "${String(id)}": ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return undefined;
}

export function parseStoredEvents(values: unknown[]): UsageEvent[] {
  return values.flatMap((value) => parseEvent(value) ?? []);
}

function isConstraintError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'ConstraintError';
}

/**
 * Records that the panel showed this ticket today. A ticket counts once per agent per day: the id
 * is made of the three, so a second visit (or a second panel at once) is refused by the table
 * itself. Resolves to whether an event was written.
 */
export async function recordTicketSeenEvent(ticket: Ticket, intent: Intent | undefined, now = new Date()): Promise<boolean> {
  const [identity, ticketRef] = await Promise.all([currentIdentity(), ticketRefOf(ticket)]);
  const day = localDay(now);
  const event = TicketSeenEventSchema.parse({
    kind: 'ticket_seen',
    id: `seen:${identity.installId}:${ticketRef}:${day}`,
    at: now.toISOString(),
    day,
    ticket: ticketRef,
    site: ticket.site,
    ...(intent ? { intent } : {}),
    ...identity,
  });
  return withStorage(async () => {
    const db = getDatabase();
    try {
      await db.usageEvents.add(event);
    } catch (error) {
      if (isConstraintError(error)) return false;
      throw error;
    }
    await pruneEventsBefore(addDays(day, -KEEP_DAYS));
    return true;
  });
}

/** Writes an insert event built by lib/reports/record-insert.ts; checked before writing, like history. */
export function addInsertEvent(event: ReplyInsertedEvent): Promise<void> {
  const checked = ReplyInsertedEventSchema.parse(event);
  return withStorage(async () => {
    await getDatabase().usageEvents.add(checked);
  });
}

/** Every event whose day is within [fromDay, toDay], both included; bad records skipped. */
export function listUsageEvents(fromDay: string, toDay: string): Promise<UsageEvent[]> {
  return withStorage(async () =>
    parseStoredEvents(await getDatabase().usageEvents.where('day').between(fromDay, toDay, true, true).toArray()),
  );
}

/** Deletes events recorded before `day`. */
export function pruneEventsBefore(day: string): Promise<number> {
  return withStorage(() => getDatabase().usageEvents.where('day').below(day).delete());
}
