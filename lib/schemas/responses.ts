/** Responses received from other contexts, parsed by the receiver with the full schemas. */
import { z } from 'zod';
import { OrderSchema } from '@/lib/schemas/order';

export const ConnectorFailureSchema = z.object({
  connectorId: z.string(),
  label: z.string(),
  kind: z.enum(['auth', 'not_found', 'rate_limited', 'network', 'bad_response', 'permission', 'config']),
  message: z.string(),
});

export const FindOrdersResponseSchema = z.object({
  orders: z.array(OrderSchema),
  errors: z.array(ConnectorFailureSchema),
});

export const InsertReplyResponseSchema = z.object({
  ok: z.boolean(),
  message: z.string().optional(),
});
