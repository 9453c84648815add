/**
 * The second opinion as a TanStack query: asked of the background (which asks the AI at most once
 * per ticket text and endpoint, for the panel and the shortcut alike: background/intent-decision.ts),
 * kept while the panel shows the ticket.
 */
import { queryOptions } from '@tanstack/react-query';
import type { AiSettings } from '@/lib/schemas/ai';
import type { Order } from '@/lib/schemas/order';
import type { Ticket } from '@/lib/schemas/ticket';
import { sendToExtension } from '@/lib/messaging';
import { queryKeys } from '@/lib/queries/keys';
import { IntentDecisionSchema } from '@/lib/suggest/ai/intent-opinion';
import { type OpinionBasis, sentReading } from '@/lib/suggest/ai/opinion-basis';

/**
 * The background answered nothing readable (it refused the ask, or went away mid-way). The panel
 * says so in the agent's words (`intentBadge.noAnswer`): a parse error's text means nothing to them.
 */
export class NoDecision extends Error {
  constructor() {
    super('The background gave no readable decision.');
  }
}

/**
 * The key names what the background's answer depends on (endpoint, model, the customer's text of
 * `local`, the reading the panel ranks with); the caller enables it by secondOpinionWanted. The
 * reading travels with the ask: the background does not classify the ticket again.
 */
export function intentDecisionQuery(settings: AiSettings | null, ticket: Ticket, orders: readonly Order[], local: OpinionBasis) {
  return queryOptions({
    queryKey: queryKeys.intentDecisionFor(settings?.baseUrl ?? '', settings?.model ?? '', local.query),
    queryFn: async () => {
      const answer = IntentDecisionSchema.safeParse(
        await sendToExtension({ type: 'decideIntent', ticket, orders, local: sentReading(local) }),
      );
      if (!answer.success) throw new NoDecision();
      return answer.data;
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
