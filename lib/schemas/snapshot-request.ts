/**
 * The full "Report a page read wrong" request, parsed by the page-snapshot script the panel injects
 * (lib/content-script/snapshot-page.ts). Its own module: a content script that imported it would
 * carry its schema (zod's regex check) although it only hands the request on (./snapshot-messages.ts).
 */
import * as z from 'zod/mini';

export const GetSnapshotRequestSchema = z.object({
  type: z.literal('getSnapshot'),
  /** A few words for the file name. */
  what: z.string().check(z.minLength(1), z.maxLength(80)),
  /** yyyy-mm-dd, the agent's today. */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** The role of every message as the agent corrected it. */
  roles: z.optional(z.array(z.enum(['customer', 'agent', 'system'])).check(z.maxLength(1000))),
});
export type GetSnapshotRequest = z.infer<typeof GetSnapshotRequestSchema>;
