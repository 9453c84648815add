/**
 * The draft request for a ticket, built one way for the panel (which drafts) and for Settings →
 * AI (which shows the payload that draft would send): the ticket, the chosen order, the shop's
 * facts, the best templates rendered with the order's facts (the first is the chosen or top one)
 * and the team's voice.
 */
import type { Agent, ShopFacts } from '@/lib/schemas/settings';
import type { Ticket } from '@/lib/schemas/ticket';
import type { SourcedVoice } from '@/lib/schemas/voice';
import type { DraftRequest } from '@/lib/suggest/ai/prompt';
import type { SuggestResult } from '@/lib/suggest/suggestion-types';

export function draftRequestFor(
  ticket: Ticket,
  result: SuggestResult,
  context: { shop: ShopFacts; agent: Agent; voice: readonly SourcedVoice[] },
): DraftRequest {
  return {
    ticket,
    order: result.order,
    shop: context.shop,
    agent: context.agent,
    templates: result.suggestions.map((suggestion) => suggestion.rendered.text),
    voice: context.voice,
  };
}
