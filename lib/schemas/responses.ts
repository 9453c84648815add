/** Responses received from other contexts, parsed by the receiver with the full schemas. */
import { z } from 'zod';
import { OrderDetailsSchema, OrderSchema } from '@/lib/schemas/order';
import { ConnectorProblemSchema } from '@/lib/connectors/problem';
import { LocalMessageSchema } from '@/lib/i18n/local-message';
import { INSERT_FAILURES, TAGS_FAILURES } from '@/lib/messaging';

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

export const InsertReplyResponseSchema = z.object({
  ok: z.boolean(),
  reason: z.enum(INSERT_FAILURES).optional(),
});

export const ApplyTagsResponseSchema = z.object({
  ok: z.boolean(),
  applied: z.array(z.string().max(200)).max(500),
  reason: z.enum(TAGS_FAILURES).optional(),
  message: z.string().max(500).optional(),
});

/** The background's answer to "Test connection" (lib/connectors/types.ts ConnectionVerdict). */
export const ConnectionVerdictSchema = z.object({
  ok: z.boolean(),
  kind: ConnectorFailureSchema.shape.kind.optional(),
  message: LocalMessageSchema,
  warnings: z.array(LocalMessageSchema).max(20),
});
