/**
 * Ticket → intent, the order it is about, and the best templates rendered with that order's
 * facts. Pure and synchronous: the panel calls it with what it already holds, and the CLI calls
 * the same code. The search index is cached per template set, so repeat calls cost a few ms.
 */
import type { Order } from '@/lib/schemas/order';
import type { Agent, ShopFacts } from '@/lib/schemas/settings';
import type { Intent, Template } from '@/lib/schemas/template';
import type { Ticket } from '@/lib/schemas/ticket';
import { renderTemplate, type RenderResult } from '@/lib/templates/render';
import { buildTemplateVariables } from '@/lib/templates/variables';
import { chooseOrder } from '@/lib/suggest/choose-order';
import { rankWithOutcome } from '@/lib/suggest/rank';
import { guarded, type RankStage } from '@/lib/suggest/rank-stages';

export const DEFAULT_SUGGESTION_LIMIT = 3;
/**
 * A suggestion scoring under this share of the best one answers another request: with the
 * classifier sure, showing it only costs the agent a read. When it is unsure, several survive.
 */
export const RELEVANCE_FLOOR = 0.2;

export interface SuggestInput {
  ticket: Ticket;
  orders: readonly Order[];
  templates: readonly Template[];
  shop: ShopFacts;
  agent: Agent;
  limit?: number;
}

export interface Suggestion {
  template: Template;
  score: number;
  rendered: RenderResult;
}

export interface SuggestResult {
  intent: { intent: Intent; confidence: number };
  order: Order | null;
  suggestions: Suggestion[];
  /** Ranking stages that failed: the suggestions are still there, less well sorted (rank-stages.ts). */
  degraded: RankStage[];
}

export function suggestReplies({ ticket, orders, templates, shop, agent, limit = DEFAULT_SUGGESTION_LIMIT }: SuggestInput): SuggestResult {
  const failed: RankStage[] = [];
  const order = guarded(
    'order-state',
    failed,
    () => chooseOrder(ticket, orders),
    () => null,
  );
  const { ranked: all, intent, degraded } = rankWithOutcome({ ticket, templates, order, limit: Math.max(0, limit) });
  const floor = (all[0]?.score ?? 0) * RELEVANCE_FLOOR;
  const ranked = all.filter((r) => r.score >= floor);
  // Dates, money and status words follow the reply's language, not the customer's.
  const scopes = new Map<string, ReturnType<typeof buildTemplateVariables>>();
  const scopeFor = (language: string) => {
    if (!scopes.has(language)) scopes.set(language, buildTemplateVariables({ ticket, order, shop, agent, language }));
    return scopes.get(language)!;
  };
  return {
    intent: { intent: intent.intent, confidence: intent.confidence },
    order,
    suggestions: ranked.map(({ template, score }) => ({
      template,
      score,
      rendered: renderTemplate(template.body, scopeFor(template.language)),
    })),
    degraded: [...new Set([...failed, ...degraded])],
  };
}
