/**
 * What suggesting replies takes and gives: the shapes suggest.ts plans and render-plan.ts renders,
 * apart from both so neither imports the other for its types.
 */
import type { Order } from '@/lib/schemas/order';
import type { Agent, ShopFacts } from '@/lib/schemas/settings';
import type { Intent, Template } from '@/lib/schemas/template';
import type { Ticket } from '@/lib/schemas/ticket';
import type { RenderResult } from '@/lib/templates/render';
import type { TemplateScope } from '@/lib/templates/variables';
import type { FormField } from '@/lib/templates/fields';
import type { RankedTemplate } from '@/lib/suggest/rank-scoring';
import type { RankEntry } from '@/lib/suggest/rank-entry';
import type { RankStage } from '@/lib/suggest/rank-stages';
import type { TicketIntent } from '@/lib/suggest/ticket-intent';

export interface SuggestInput {
  ticket: Ticket;
  orders: readonly Order[];
  templates: readonly Template[];
  shop: ShopFacts;
  agent: Agent;
  limit?: number;
  /** An intent decided outside the local model for the first request (the AI's second opinion). */
  decidedIntent?: Intent;
  /** The ticket's local reading when the caller already made it (readTicketIntent); else it is made here. */
  local?: TicketIntent;
}

export interface Suggestion {
  template: Template;
  score: number;
  rendered: RenderResult;
  /** The message's requests this reply answers (a template may serve several intents). */
  answers: Intent[];
  /** Fill-in fields the agent answers before insert; empty for most templates. */
  fields: FormField[];
  /** What `rendered` was rendered with, to render again with the fields filled in. */
  scope: TemplateScope;
}

/** One request of the message and the replies to it; a reply shows in the first group it answers. */
export interface SuggestionGroup {
  request: { intent: Intent; confidence: number; start: number; end: number; text: string };
  suggestions: Suggestion[];
}

export interface SuggestResult {
  /** `noReply`: an intent decided by the AI that no reply serves; its request's replies follow the local reading. */
  intent: { intent: Intent; confidence: number; noReply?: true };
  order: Order | null;
  /** The lead request's replies (what "insert the top suggestion" inserts): `groups[0]`. */
  suggestions: Suggestion[];
  /** One group per request: the lead request's first, then the others in the message's order (lead-first.ts). */
  groups: SuggestionGroup[];
  /** Ranking stages that failed: the suggestions are still there, less well sorted (rank-stages.ts). */
  degraded: RankStage[];
}

/** The ranked replies of one request, before any is read whole and rendered. */
export interface PlannedGroup<T extends RankEntry> {
  request: SuggestionGroup['request'];
  ranked: RankedTemplate<T>[];
}

/** Intent, order and the best replies per request: what the panel decides before reading any template whole. */
export interface SuggestionPlan<T extends RankEntry> {
  intent: SuggestResult['intent'];
  order: Order | null;
  groups: PlannedGroup<T>[];
  /** The message's requests, to say which of them each reply answers. */
  asked: Intent[];
  degraded: RankStage[];
}

export type PlanInput<T extends RankEntry> = Pick<SuggestInput, 'ticket' | 'orders' | 'limit' | 'decidedIntent' | 'local'> & {
  templates: readonly T[];
};
