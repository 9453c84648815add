/**
 * "Report a page read wrong": the panel asks the tab's content script for a redacted snapshot of
 * the page and its expected ticket, with the agent's corrections. zod/mini: the content script
 * parses the request. The response is parsed by the panel.
 * TODO(2026-12-04): the lead adds GetSnapshotRequestSchema to ContentRequestSchema and routes it
 * to lib/content-script/answer-snapshot.ts in answer-request.ts.
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

const MAX_FILE_CHARS = 20_000_000;
const FileSchema = z.object({
  path: z.string().check(z.regex(/^tests\/fixtures\/sites\/[a-z-]+\/[\w.-]+$/)),
  contents: z.string().check(z.maxLength(MAX_FILE_CHARS)),
});

export const SnapshotResponseSchema = z.union([
  z.object({ ok: z.literal(true), files: z.array(FileSchema).check(z.length(2)) }),
  z.object({ ok: z.literal(false), message: z.string().check(z.maxLength(500)) }),
]);
export type SnapshotResponse = z.infer<typeof SnapshotResponseSchema>;
