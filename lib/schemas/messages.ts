/**
 * Requests between extension contexts. Built with zod/mini because the content script parses
 * what it receives and must stay small (zod classic is ~26 KB gzip, mini ~6 KB).
 * Responses are parsed by the receiver with the full schemas (ThreadSchema, OrderSchema).
 */
import * as z from 'zod/mini';

export const GetThreadRequestSchema = z.object({ type: z.literal('getThread') });
export const InsertReplyRequestSchema = z.object({
  type: z.literal('insertReply'),
  text: z.string().check(z.maxLength(100_000)),
});
export const ContentRequestSchema = z.discriminatedUnion('type', [GetThreadRequestSchema, InsertReplyRequestSchema]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

export const ThreadChangedSchema = z.object({ type: z.literal('threadChanged'), url: z.string() });
export const FindOrdersRequestSchema = z.object({
  type: z.literal('findOrders'),
  query: z.object({
    email: z.optional(z.string().check(z.maxLength(320))),
    orderRefs: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(20)),
  }),
});
export const ExtensionRequestSchema = z.discriminatedUnion('type', [
  ThreadChangedSchema,
  FindOrdersRequestSchema,
]);
export type ExtensionRequest = z.infer<typeof ExtensionRequestSchema>;
