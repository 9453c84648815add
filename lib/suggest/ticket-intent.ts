/**
 * The local reading of a ticket's customer text, made once per ticket: ranking (planSuggestions)
 * and the AI second opinion (decideTicketIntent) both start from it, so the panel classifies a
 * ticket once however often it re-ranks (another order chosen, the AI's answer arriving), and
 * makes the customer's query once: the reading carries it.
 */
import type { Ticket } from '@/lib/schemas/ticket';
import { classifyIntent, type IntentResult } from '@/lib/suggest/classify';
import { customerQuery } from '@/lib/suggest/customer-query';
import { guarded, neutralIntent, type RankStage } from '@/lib/suggest/rank-stages';

export interface TicketIntent {
  /** The customer's text it was read from (customer-query.ts): ranking and the AI read the same. */
  query: string;
  reading: IntentResult;
  /** ['intent'] when the classifier failed and `reading` is the neutral one (the panel says so). */
  degraded: RankStage[];
}

export function readTicketIntent(ticket: Ticket): TicketIntent {
  const degraded: RankStage[] = [];
  const query = customerQuery(ticket);
  const reading = guarded('intent', degraded, () => classifyIntent(query), neutralIntent);
  return { query, reading, degraded };
}
