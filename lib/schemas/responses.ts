/** Responses received from other contexts, parsed by the receiver with the full schemas. */
import { z } from 'zod';
import { OrderDetailsSchema, OrderSchema } from '@/lib/schemas/order';
import { ThreadSchema } from '@/lib/schemas/ticket';
import { ConnectorProblemSchema } from '@/lib/connectors/problem';
import { LocalMessageSchema } from '@/lib/i18n/local-message';

export const ConnectorFailureSchema = z.object({
  connectorId: z.string(),
  label: z.string(),
  kind: z.enum(['auth', 'not_found', 'rate_limited', 'network', 'bad_response', 'permission', 'config']),
  message: z.string(),
  /** What went wrong as a message key and values: the panel says it in the agent's language (`message` is its English). */
  problem: ConnectorProblemSchema.optional(),
  /** A rate-limited store's Retry-After: the panel asks it again no sooner. */
  retryAfterMs: z.number().nonnegative().optional(),
});

/** Why a content script sent no thread. */
export const NoThreadReasonSchema = z.enum(['unsupported-site', 'not-a-ticket-page', 'nothing-found']);

export const GetThreadResponseSchema = z.object({
  thread: ThreadSchema.nullable(),
  reason: NoThreadReasonSchema.optional(),
});

export const FindOrdersResponseSchema = z.object({
  orders: z.array(OrderSchema),
  errors: z.array(ConnectorFailureSchema),
});

/** What opening an order added (its `detailsOnOpen` parts), or why its store could not say. */
export const OrderDetailsResponseSchema = z.object({
  details: OrderDetailsSchema.optional(),
  failure: ConnectorFailureSchema.optional(),
});

/**
 * Why a content script could not insert a reply: a code the panel words in the agent's language
 * (`insert.failure.<code>`); content scripts carry no catalogs.
 */
export const InsertFailureSchema = z.enum(['unknown-page', 'no-reply-box', 'page-refused']);
export type InsertFailure = z.infer<typeof InsertFailureSchema>;

/**
 * Why a page's tags field did not take some or all tags (`triage.tagsFailure.<code>`, with the
 * site's name and the tags it left out). No English `message` is accepted any more: after an
 * extension update the old content scripts are cut off from the extension (their runtime is
 * invalidated and `tabs.sendMessage` reaches only scripts of this build), so no stale script can answer.
 */
export const TagsFailureSchema = z.enum([
  'no-applier',
  'page-refused',
  'no-tags-field',
  'tag-box-closed',
  'not-taken',
  'gmail-no-toolbar',
  'gmail-menu-closed',
  'gmail-no-apply',
  'gmail-no-label',
]);
export type TagsFailure = z.infer<typeof TagsFailureSchema>;

export const InsertReplyResponseSchema = z.object({
  ok: z.boolean(),
  /** Why the text could not be inserted: a code the panel words in the agent's language. */
  reason: InsertFailureSchema.optional(),
});

const TagSchema = z.string().max(200);

export const ApplyTagsResponseSchema = z.object({
  ok: z.boolean(),
  /** The tags the page's field shows afterwards. */
  applied: z.array(TagSchema).max(500),
  /** Why some or all were not added: a code the panel words in the agent's language. */
  reason: TagsFailureSchema.optional(),
  /** The tags the page did not take (`not-taken`, `gmail-no-label`). */
  missing: z.array(TagSchema).max(500).optional(),
});

/** Whether a listed conversation was opened (the Queue does not wait for more). */
export const OpenListRowResponseSchema = z.object({ ok: z.boolean() });

/** The background's answer to "Test connection" (lib/connectors/types.ts ConnectionVerdict). */
export const ConnectionVerdictSchema = z.object({
  ok: z.boolean(),
  kind: ConnectorFailureSchema.shape.kind.optional(),
  message: LocalMessageSchema,
  warnings: z.array(LocalMessageSchema).max(20),
});
