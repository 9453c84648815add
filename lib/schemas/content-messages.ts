/**
 * The requests a content script receives, apart from the other messages (./messages.ts): a
 * content script bundles every schema of a module it imports (a top-level zod call is kept as if it
 * had side effects), and it needs only these. zod's core schemas (./core-schemas.ts): the content
 * scripts' size budget.
 */
import { array, type Infer, literal, object, optional, safeParse, string } from './core-schemas';
import { GetSnapshotEnvelopeSchema } from './snapshot-messages';
import { WireProfileSchema, WireProfilesSchema } from '@/lib/sites/profile/wire';

/** `profiles`: the team's site profiles for this tab's site, already validated by the sender. */
export const GetThreadRequestSchema = object({ type: literal('getThread'), profiles: optional(WireProfilesSchema) });
export const InsertReplyRequestSchema = object({ type: literal('insertReply'), text: string(100_000) });
/** Settings' profile editor → the open tab: what each selector of a profile finds there. */
export const TestProfileRequestSchema = object({ type: literal('testProfile'), profile: WireProfileSchema });
/** Panel → content script: put these tags in the page's own tags field (the agent clicked Apply). */
export const ApplyTagsRequestSchema = object({ type: literal('applyTags'), tags: array(string(100, 1), 30) });
/** Panel → content script: the conversations of the inbox list the page shows (the Queue). */
export const GetListRequestSchema = object({ type: literal('getList') });
/** Panel → content script: open one listed conversation, as clicking its row does. */
export const OpenListRowRequestSchema = object({ type: literal('openListRow'), key: string(500) });
/**
 * Each request's schema by its `type`: the content script picks one by the message's type and
 * parses with it, which costs it no union code (a discriminated union is ~0.5 KB gzip of zod).
 */
export const CONTENT_REQUEST_SCHEMAS = {
  getThread: GetThreadRequestSchema,
  insertReply: InsertReplyRequestSchema,
  applyTags: ApplyTagsRequestSchema,
  getList: GetListRequestSchema,
  openListRow: OpenListRowRequestSchema,
  getSnapshot: GetSnapshotEnvelopeSchema,
  testProfile: TestProfileRequestSchema,
};
type ContentRequestSchemas = typeof CONTENT_REQUEST_SCHEMAS;
export type ContentRequest = { [T in keyof ContentRequestSchemas]: Infer<ContentRequestSchemas[T]> }[keyof ContentRequestSchemas];

/** The request `message` is, parsed by its type's schema; null for anything else. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(CONTENT_REQUEST_SCHEMAS, type)) return null;
  const parsed = safeParse(CONTENT_REQUEST_SCHEMAS[type as keyof ContentRequestSchemas], message);
  return parsed.success ? parsed.data : null;
}
