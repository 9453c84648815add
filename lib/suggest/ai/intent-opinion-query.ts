/**
 * The second opinion as a TanStack query: asked once per ticket text and AI settings, kept while
 * the panel shows the ticket (a model call costs money and time).
 */
import { queryOptions } from '@tanstack/react-query';
import type { AiSettings } from '@/lib/schemas/ai';
import type { Order } from '@/lib/schemas/order';
import type { Ticket } from '@/lib/schemas/ticket';
import { queryKeys } from '@/lib/queries';
import { decideTicketIntent } from '@/lib/suggest/ai/intent-opinion';
import type { TicketIntent } from '@/lib/suggest/ticket-intent';

/**
 * With no settings (not loaded, or no AI) the decision is the local reading, asked of no one.
 * `local` is the ticket's reading the panel ranks with (readTicketIntent): not made twice.
 */
export function intentDecisionQuery(settings: AiSettings | null, ticket: Ticket, orders: readonly Order[], local: TicketIntent) {
  return queryOptions({
    queryKey: queryKeys.intentDecisionFor(settings?.baseUrl ?? '', settings?.model ?? '', local.query),
    queryFn: () => decideTicketIntent(settings, ticket, orders, local),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
