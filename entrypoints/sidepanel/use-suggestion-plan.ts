/**
 * The panel's ranking of one ticket: its local intent reading (made once per ticket), the AI's
 * second opinion when an endpoint is configured and the reading is unsure, and the plan of
 * replies per request. The opinion and every re-rank (another order chosen, the opinion
 * arriving) reuse the one reading: classifying is the costliest step before the first suggestions.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { AiSettings } from '@/lib/schemas/ai';
import type { Order } from '@/lib/schemas/order';
import type { Ticket } from '@/lib/schemas/ticket';
import { secondOpinionWanted } from '@/lib/suggest/ai/intent-opinion';
import { intentDecisionQuery } from '@/lib/suggest/ai/intent-opinion-query';
import { opinionStatus } from '@/lib/suggest/ai/opinion-status';
import type { RankEntry } from '@/lib/suggest/rank-entry';
import { planSuggestions } from '@/lib/suggest/suggest';
import { decidedReading } from '@/lib/suggest/decided-intent';
import { readTicketIntent } from '@/lib/suggest/ticket-intent';

export interface SuggestionPlanInput {
  ticket: Ticket;
  aiSettings: AiSettings | undefined;
  /** The orders the store lookup found (undefined while it runs: `ordersPending`). */
  orders: readonly Order[] | undefined;
  ordersPending: boolean;
  /** The orders with the opened one's details, as the panel lists them. */
  found: readonly Order[];
  library: readonly RankEntry[] | undefined;
  chosenOrder: string | null;
}

export function useSuggestionPlan({ ticket, aiSettings, orders, ordersPending, found, library, chosenOrder }: SuggestionPlanInput) {
  const local = useMemo(() => readTicketIntent(ticket), [ticket]);
  // Asked by the one rule (secondOpinionWanted), once the orders are in: their names and
  // addresses are redacted from the request.
  const decision = useQuery({
    ...intentDecisionQuery(aiSettings ?? null, ticket, orders ?? [], local),
    enabled: secondOpinionWanted(aiSettings, local) && !ordersPending,
  });
  const decidedIntent = decision.data?.decidedBy === 'ai' ? decision.data.intent : undefined;

  // What the badge shows, the AI's decision folded in: triage weighs the same requests (no extra call).
  const reading = useMemo(() => decidedReading(local.reading, decidedIntent), [local, decidedIntent]);

  const plan = useMemo(() => {
    if (!library || ordersPending) return null;
    const chosen = found.find((order) => order.number === chosenOrder);
    return planSuggestions({ ticket, orders: chosen ? [chosen] : found, templates: library, decidedIntent, local });
  }, [ticket, ordersPending, found, library, chosenOrder, decidedIntent, local]);
  // What the badge says while the opinion is not in: asked now, or could not be asked.
  return { decision, opinion: opinionStatus(decision), plan, reading };
}
