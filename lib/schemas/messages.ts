/**
 * Requests between extension contexts. Built with zod/mini because the content script parses
 * what it receives and must stay small (zod classic is ~26 KB gzip, mini ~6 KB).
 * Responses are parsed by the receiver with the full schemas (ThreadSchema, OrderSchema).
 */
import * as z from 'zod/mini';
import { GetSnapshotRequestSchema } from './snapshot-messages';
import { WireProfileSchema, WireProfilesSchema } from '@/lib/sites/profile/wire';

/** `profiles`: the team's site profiles for this tab's site, already validated by the sender. */
export const GetThreadRequestSchema = z.object({ type: z.literal('getThread'), profiles: z.optional(WireProfilesSchema) });
export const InsertReplyRequestSchema = z.object({
  type: z.literal('insertReply'),
  text: z.string().check(z.maxLength(100_000)),
});
/** Settings' profile editor → the open tab: what each selector of a profile finds there. */
export const TestProfileRequestSchema = z.object({ type: z.literal('testProfile'), profile: WireProfileSchema });
/** Panel → content script: put these tags in the page's own tags field (the agent clicked Apply). */
export const ApplyTagsRequestSchema = z.object({
  type: z.literal('applyTags'),
  tags: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(30)),
});
/** Panel → content script: the conversations of the inbox list the page shows (the Queue). */
export const GetListRequestSchema = z.object({ type: z.literal('getList') });
/** Panel → content script: open one listed conversation, as clicking its row does. */
export const OpenListRowRequestSchema = z.object({ type: z.literal('openListRow'), key: z.string().check(z.maxLength(500)) });
export const ContentRequestSchema = z.discriminatedUnion('type', [
  GetThreadRequestSchema,
  InsertReplyRequestSchema,
  ApplyTagsRequestSchema,
  GetListRequestSchema,
  OpenListRowRequestSchema,
  GetSnapshotRequestSchema,
  TestProfileRequestSchema,
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/**
 * Background → the generic reader injected on demand (context menu, shortcut, allowed site):
 * read the page, the agent's selection (as the context menu saw it), or the live selection if any.
 */
export const GenericReadRequestSchema = z.object({
  type: z.literal('genericRead'),
  use: z.enum(['page', 'selection', 'selection-or-page']),
  selection: z.optional(z.string().check(z.maxLength(100_000))),
});
export type GenericReadRequest = z.infer<typeof GenericReadRequestSchema>;
/** `reading`: what the panel will now show for the tab, the page as read or the agent's selection. */
export const GenericReadResponseSchema = z.object({ ok: z.boolean(), reading: z.enum(['page', 'selection']) });
export type GenericReadResponse = z.infer<typeof GenericReadResponseSchema>;

export const ThreadChangedSchema = z.object({ type: z.literal('threadChanged'), url: z.string() });
export const FindOrdersRequestSchema = z.object({
  type: z.literal('findOrders'),
  query: z.object({
    email: z.optional(z.string().check(z.maxLength(320))),
    orderRefs: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(20)),
  }),
});
/**
 * Panel → background: read the parts of one order its first answer left for later (the agent
 * opened it). `order` is the Order as the panel holds it; the background parses it with OrderSchema.
 */
export const OrderDetailsRequestSchema = z.object({ type: z.literal('orderDetails'), order: z.unknown() });
/** Panel → background: "Always read this site" for the page's origin (status, enable, disable). */
export const SiteAccessRequestSchema = z.object({
  type: z.literal('siteAccess'),
  action: z.enum(['status', 'enable', 'disable']),
  url: z.string().check(z.maxLength(4096)),
  /** The tab to read right away once the site is allowed. */
  tabId: z.optional(z.number().check(z.int())),
});
export const SiteAccessStatusSchema = z.object({
  /** The origin's match pattern (`https://helpdesk.example/*`); null for pages no script may read. */
  pattern: z.nullable(z.string()),
  granted: z.boolean(),
  registered: z.boolean(),
  /** Why the last action did not happen, in words an agent understands. */
  message: z.optional(z.string()),
});
export type SiteAccessStatus = z.infer<typeof SiteAccessStatusSchema>;

/**
 * Options page → background: "Test connection" for a store's settings as typed, secrets included
 * (runtime messages from extension pages never reach content scripts). The background parses
 * `connection` with the full store schema.
 */
export const TestStoreConnectionRequestSchema = z.object({
  type: z.literal('testStoreConnection'),
  connection: z.unknown(),
});

export const ExtensionRequestSchema = z.discriminatedUnion('type', [
  ThreadChangedSchema,
  FindOrdersRequestSchema,
  OrderDetailsRequestSchema,
  SiteAccessRequestSchema,
  TestStoreConnectionRequestSchema,
]);
export type ExtensionRequest = z.infer<typeof ExtensionRequestSchema>;
