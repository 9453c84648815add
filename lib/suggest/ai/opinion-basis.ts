/**
 * What asking the AI's second opinion needs of a ticket's local reading: the customer's text it
 * read (the prompt, and the fingerprint one ticket's answer is remembered by), its intents best
 * first (the prompt's guesses, the decided intent's confidence) and whether it failed (the rule
 * asks only of a sound reading). A TicketIntent is one. The panel sends its reading in the
 * decideIntent message, so the background does not classify the ticket a second time.
 */
import { z } from 'zod';
import { INTENTS, IntentSchema } from '@/lib/schemas/intent';
import type { Ticket } from '@/lib/schemas/ticket';
import { customerQuery } from '@/lib/suggest/customer-query';
import { RANK_STAGES, type RankStage } from '@/lib/suggest/rank-stages';
import type { IntentReading } from '@/lib/suggest/requests';

export interface OpinionBasis {
  query: string;
  reading: IntentReading;
  degraded: readonly RankStage[];
}

/** The panel's reading as its message carries it: one score per intent at most, intents of the taxonomy. */
export const SentReadingSchema = z.object({
  reading: z.object({
    intent: IntentSchema,
    confidence: z.number().min(0).max(1),
    ranking: z.array(z.object({ intent: IntentSchema, score: z.number().min(0).max(1) })).max(INTENTS.length),
  }),
  degraded: z.array(z.enum(RANK_STAGES)).max(RANK_STAGES.length),
});
export type SentReading = z.infer<typeof SentReadingSchema>;

/** What the panel sends of its reading: not the requests (asking does not read them), nor the text (the ticket carries it). */
export function sentReading({ reading, degraded }: OpinionBasis): SentReading {
  return { reading: { intent: reading.intent, confidence: reading.confidence, ranking: reading.ranking }, degraded: [...degraded] };
}

/** The basis the background asks with: the sent reading, and the customer's text read from the sent ticket as the panel read it. */
export function basisOf(ticket: Ticket, sent: SentReading): OpinionBasis {
  return { query: customerQuery(ticket), ...sent };
}
