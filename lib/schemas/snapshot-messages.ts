/**
 * "Report a page read wrong": the panel asks the tab's content script for a redacted snapshot of
 * the page and its expected ticket, with the agent's corrections. zod/mini: the content script
 * parses the request. The response is parsed by the panel.
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

// The response's schema is the panel's (./snapshot-response.ts): the content script only builds one.
export type { SnapshotResponse } from './snapshot-response';
