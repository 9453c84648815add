/**
 * The local reading of a ticket's customer text, made once per ticket: ranking (planSuggestions)
 * and the AI second opinion (decideTicketIntent) both start from it, so the panel classifies a
 * ticket once however often it re-ranks (another order chosen, the AI's answer arriving).
 */
import type { Ticket } from '@/lib/schemas/ticket';
import { classifyIntent, type IntentResult } from '@/lib/suggest/classify';
import { customerQuery } from '@/lib/suggest/rank';
import { guarded, neutralIntent, type RankStage } from '@/lib/suggest/rank-stages';

export interface TicketIntent {
  reading: IntentResult;
  /** ['intent'] when the classifier failed and `reading` is the neutral one (the panel says so). */
  degraded: RankStage[];
}

export function readTicketIntent(ticket: Ticket): TicketIntent {
  const degraded: RankStage[] = [];
  const reading = guarded('intent', degraded, () => classifyIntent(customerQuery(ticket)), neutralIntent);
  return { reading, degraded };
}
