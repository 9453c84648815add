/** Responses received from other contexts, parsed by the receiver with the full schemas. */
import { z } from 'zod';
import { OrderDetailsSchema, OrderSchema } from '@/lib/schemas/order';
import { ConnectorProblemSchema } from '@/lib/connectors/problem';
import { LocalMessageSchema } from '@/lib/i18n/local-message';

export const ConnectorFailureSchema = z.object({
  connectorId: z.string(),
  label: z.string(),
  kind: z.enum(['auth', 'not_found', 'rate_limited', 'network', 'bad_response', 'permission', 'config']),
  message: z.string(),
  problem: ConnectorProblemSchema.optional(),
  retryAfterMs: z.number().nonnegative().optional(),
});

export const FindOrdersResponseSchema = z.object({
  orders: z.array(OrderSchema),
  errors: z.array(ConnectorFailureSchema),
});

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
  reason: InsertFailureSchema.optional(),
});

const TagSchema = z.string().max(200);

export const ApplyTagsResponseSchema = z.object({
  ok: z.boolean(),
  applied: z.array(TagSchema).max(500),
  reason: TagsFailureSchema.optional(),
  /** The tags the page did not take (`not-taken`, `gmail-no-label`). */
  missing: z.array(TagSchema).max(500).optional(),
});

/** The background's answer to "Test connection" (lib/connectors/types.ts ConnectionVerdict). */
export const ConnectionVerdictSchema = z.object({
  ok: z.boolean(),
  kind: ConnectorFailureSchema.shape.kind.optional(),
  message: LocalMessageSchema,
  warnings: z.array(LocalMessageSchema).max(20),
});
