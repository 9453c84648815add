/**
 * One entry of the customer's support history kept on this browser: a ticket the panel showed, or
 * a reply the agent inserted. Stored records are untrusted (lib/templates/db.ts), so every read
 * parses them with this schema and skips a bad one.
 */
import { z } from 'zod';
import { SiteIdSchema } from '@/lib/schemas/ticket';
import { IntentSchema } from '@/lib/schemas/template';

/** What the agent inserted when it was not a template as written. */
export const NON_TEMPLATE_REPLIES = ['ai-draft', 'edited'] as const;
export type NonTemplateReply = (typeof NON_TEMPLATE_REPLIES)[number];

export const HistoryEntrySchema = z.object({
  /** Auto-incremented by Dexie; absent only on an entry not yet written. */
  id: z.number().int().positive(),
  /** The customer's email lowercased, else their name as shown (see customerKeyOf). */
  customerKey: z.string().min(1).max(500),
  site: SiteIdSchema,
  ticketUrl: z.string().max(4000),
  threadId: z.string().max(500).optional(),
  subject: z.string().max(2000),
  at: z.iso.datetime(),
  kind: z.enum(['seen', 'inserted']),
  /** For `inserted`: the template id, or 'ai-draft' / 'edited'. */
  templateId: z.string().min(1).max(500).optional(),
  /** For `seen`: the intent the panel classified, when known. */
  intent: IntentSchema.optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export const NewHistoryEntrySchema = HistoryEntrySchema.omit({ id: true });
export type NewHistoryEntry = z.infer<typeof NewHistoryEntrySchema>;
