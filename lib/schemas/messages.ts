/**
 * Requests between extension contexts. Built with zod/mini because the content script parses
 * what it receives and must stay small (zod classic is ~26 KB gzip, mini ~6 KB).
 * Responses are parsed by the receiver with the full schemas (ThreadSchema, OrderSchema).
 */
import * as z from 'zod/mini';

export * from './content-messages';
export * from './generic-read-messages';

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
/**
 * Panel → background: the AI's second opinion on the ticket the panel shows, asked in the
 * background so the shortcut reuses it, with the panel's local reading of it (`local`: the
 * background does not classify it again). entrypoints/background/intent-decision.ts parses all three.
 */
export const DecideIntentRequestSchema = z.object({
  type: z.literal('decideIntent'),
  ticket: z.unknown(),
  orders: z.unknown(),
  local: z.unknown(),
});
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
  /** Why the last action did not happen: a code the panel words in the agent's language (`siteAccess.reason.<code>`). */
  reason: z.optional(z.enum(['not-a-web-page', 'browser-refused', 'not-granted'])),
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

/** Content script → background, at start: the reader word lists (lib/schemas/reader-words.ts). */
export const ReaderWordsRequestSchema = z.object({ type: z.literal('readerWords') });

/**
 * Content script → background, when a read needs the structural reader: inject it into the asking
 * frame (entrypoints/structural-reader.ts). The answer is whether it was injected.
 */
export const StructuralReaderRequestSchema = z.object({ type: z.literal('structuralReader') });

export const ExtensionRequestSchema = z.discriminatedUnion('type', [
  ThreadChangedSchema,
  ReaderWordsRequestSchema,
  StructuralReaderRequestSchema,
  FindOrdersRequestSchema,
  OrderDetailsRequestSchema,
  DecideIntentRequestSchema,
  SiteAccessRequestSchema,
  TestStoreConnectionRequestSchema,
]);
export type ExtensionRequest = z.infer<typeof ExtensionRequestSchema>;
