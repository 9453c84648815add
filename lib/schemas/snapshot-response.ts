/**
 * The answer to "Report a page read wrong" (./snapshot-messages.ts), parsed by the panel. Its own
 * module: a content script that imported it would carry its schema (zod's union and regex checks).
 */
import * as z from 'zod/mini';

/** Why no snapshot came: a code the panel words in the interface language (report.reason.<reason>). */
export const SNAPSHOT_FAILURES = ['unknown-page', 'no-conversation', 'not-saved', 'malformed'] as const;
export type SnapshotFailure = (typeof SNAPSHOT_FAILURES)[number];

const MAX_FILE_CHARS = 20_000_000;
const FileSchema = z.object({
  path: z.string().check(z.regex(/^tests\/fixtures\/sites\/[a-z-]+\/[\w.-]+$/)),
  contents: z.string().check(z.maxLength(MAX_FILE_CHARS)),
});

export const SnapshotResponseSchema = z.union([
  z.object({ ok: z.literal(true), files: z.array(FileSchema).check(z.length(2)) }),
  z.object({ ok: z.literal(false), reason: z.enum(SNAPSHOT_FAILURES) }),
]);
export type SnapshotResponse = z.infer<typeof SnapshotResponseSchema>;
