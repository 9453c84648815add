/**
 * The answer to "Report a page read wrong" (./snapshot-messages.ts), parsed by the panel. Its own
 * module: a content script that imported it would carry its schema (zod's union and regex checks).
 */
import * as z from 'zod/mini';

const MAX_FILE_CHARS = 20_000_000;
const FileSchema = z.object({
  path: z.string().check(z.regex(/^tests\/fixtures\/sites\/[a-z-]+\/[\w.-]+$/)),
  contents: z.string().check(z.maxLength(MAX_FILE_CHARS)),
});

export const SnapshotResponseSchema = z.union([
  z.object({ ok: z.literal(true), files: z.array(FileSchema).check(z.length(2)) }),
  // A code the panel words in the agent's language (`report.reason.<code>`); content scripts carry no catalogs.
  z.object({ ok: z.literal(false), reason: z.enum(['unknown-page', 'no-conversation', 'not-saved']) }),
]);
export type SnapshotResponse = z.infer<typeof SnapshotResponseSchema>;
