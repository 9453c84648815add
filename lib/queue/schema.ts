/** The Queue's boundary: list rows as a content script sends them (untrusted), and queue entries. */
import { z } from 'zod';
import { IntentSchema } from '@/lib/schemas/template';
import { SiteIdSchema } from '@/lib/schemas/ticket';
import { PrioritySchema, ReasonSchema } from '@/lib/triage/schema';

/** One conversation of an inbox list page, as a list reader reads it (lib/sites/lists/). */
export const ListRowSchema = z.object({
  /** Identifies the row for openRow (a thread id, else the row's position). */
  key: z.string().min(1).max(500),
  subject: z.string().max(2000),
  customer: z.object({ name: z.string().max(500).optional(), email: z.string().max(500).optional() }),
  /** ISO 8601; absent when the page shows no readable date. */
  lastMessageAt: z.iso.datetime({ offset: true }).optional(),
  snippet: z.string().max(5000),
  unread: z.boolean(),
});
export type ListRow = z.infer<typeof ListRowSchema>;
export const GetListResponseSchema = z.object({ site: SiteIdSchema.nullable(), rows: z.array(ListRowSchema).max(500).nullable() });

export const QueueEntrySchema = z.object({
  key: z.string(),
  subject: z.string(),
  customer: z.object({ name: z.string().nullable(), email: z.string().nullable() }),
  lastMessageAt: z.string().nullable(),
  snippet: z.string(),
  intent: IntentSchema,
  priority: PrioritySchema,
  reasons: z.array(ReasonSchema),
  waitingHours: z.number().nullable(),
});
export type QueueEntry = z.infer<typeof QueueEntrySchema>;
