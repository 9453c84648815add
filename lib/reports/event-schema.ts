/**
 * Usage events kept on this browser for Reports (Dexie table `usageEvents`, version 6): a ticket
 * the panel showed (once per ticket per day) and a reply Deskpilot inserted. They hold no customer
 * data: the ticket is a hash of its site and thread, so an export can go to a team lead as it is.
 * Stored records and imported files are untrusted: both are parsed with these schemas.
 */
import { z } from 'zod';
import { IntentSchema } from '@/lib/schemas/intent';
import { SiteIdSchema } from '@/lib/schemas/ticket';

/** Where an inserted reply came from. "Written from scratch" is not a source: it is a ticket seen with no insert. */
export const INSERT_SOURCES = ['template', 'ai'] as const;
export const InsertSourceSchema = z.enum(INSERT_SOURCES);
export type InsertSource = z.infer<typeof InsertSourceSchema>;

/** sha-256 of the ticket key (lib/history/group.ts ticketKeyOf), first 16 hex digits. */
export const TicketRefSchema = z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hexadecimal digits');

const eventBase = {
  /** Unique across agents: a random UUID for an insert; agent, ticket and day for a ticket seen. */
  id: z.string().min(1).max(200),
  at: z.iso.datetime({ offset: true }),
  /** The agent's local calendar day (YYYY-MM-DD): date ranges and daily charts count by it. */
  day: z.iso.date(),
  ticket: TicketRefSchema,
  site: SiteIdSchema,
  /** The request the panel classified, when it had one. */
  intent: IntentSchema.optional(),
  /** The agent's name from Settings at the time; empty when none was set. */
  agent: z.string().max(200),
  /** A random id of the browser profile that recorded the event: tells apart agents with no name. */
  installId: z.string().min(1).max(100),
};

export const TicketSeenEventSchema = z.object({ kind: z.literal('ticket_seen'), ...eventBase });
export type TicketSeenEvent = z.infer<typeof TicketSeenEventSchema>;

export const ReplyInsertedEventSchema = z.object({
  kind: z.literal('reply_inserted'),
  ...eventBase,
  source: InsertSourceSchema,
  /** For a template insert: which template, its title then, and its pack. */
  templateId: z.string().min(1).max(200).optional(),
  templateTitle: z.string().max(300).optional(),
  packId: z.string().max(200).optional(),
  /** The inserted text differs from what Deskpilot offered (the rendered template or the AI draft). */
  edited: z.boolean(),
  /** Unicode code points inserted: what the agent did not have to type. */
  characters: z.number().int().nonnegative().max(1_000_000),
  /** When the customer's latest message was sent (lib/triage), when the page showed it. */
  waitingSince: z.iso.datetime({ offset: true }).optional(),
  /** From waitingSince to this insert, in milliseconds. */
  replyMs: z.number().int().nonnegative().optional(),
});
export type ReplyInsertedEvent = z.infer<typeof ReplyInsertedEventSchema>;

export const UsageEventSchema = z.discriminatedUnion('kind', [TicketSeenEventSchema, ReplyInsertedEventSchema]);
export type UsageEvent = z.infer<typeof UsageEventSchema>;
