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
import { buildTemplateVariables, type TemplateScope } from '@/lib/templates/variables';
import { effectiveFields, type FormField } from '@/lib/templates/fields';
import { chooseOrder } from '@/lib/suggest/choose-order';
import { withDecidedIntent } from '@/lib/suggest/decided-intent';
import { classifyIntent } from '@/lib/suggest/classify';
import { customerQuery, rankWithOutcome } from '@/lib/suggest/rank';
import { guarded, neutralIntent, type RankStage } from '@/lib/suggest/rank-stages';

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
  /** An intent decided outside the local model for the first request (the AI's second opinion). */
  decidedIntent?: Intent;
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
  intent: { intent: Intent; confidence: number };
  order: Order | null;
  /** The first request's replies (what "insert the top suggestion" inserts). */
  suggestions: Suggestion[];
  /** One group per request, in the message's order. */
  groups: SuggestionGroup[];
  /** Ranking stages that failed: the suggestions are still there, less well sorted (rank-stages.ts). */
  degraded: RankStage[];
}

export function suggestReplies({
  ticket,
  orders,
  templates,
  shop,
  agent,
  limit = DEFAULT_SUGGESTION_LIMIT,
  decidedIntent,
}: SuggestInput): SuggestResult {
  const failed: RankStage[] = [];
  const query = customerQuery(ticket);
  const local = guarded('intent', failed, () => classifyIntent(query), neutralIntent);
  const intent = decidedIntent ? withDecidedIntent(local, decidedIntent) : local;
  const order = guarded(
    'order-state',
    failed,
    () => chooseOrder(ticket, orders),
    () => null,
  );
  // Dates, money and status words follow the reply's language, not the customer's.
  const scopes = new Map<string, ReturnType<typeof buildTemplateVariables>>();
  const scopeFor = (language: string) => {
    if (!scopes.has(language)) scopes.set(language, buildTemplateVariables({ ticket, order, shop, agent, language }));
    return scopes.get(language)!;
  };
  const asked = intent.requests.map((r) => r.intent);
  const shown = new Set<string>();
  const groups = intent.requests.map((request): SuggestionGroup => {
    const text = query.slice(request.start, request.end);
    // One request: the whole message is its text. Several: each is ranked on its own clause.
    const single = intent.requests.length === 1;
    const outcome = rankWithOutcome({
      ticket: single ? ticket : { ...ticket, latestCustomerMessage: text },
      templates,
      order,
      intent: single ? intent : { ...request, requests: [request] },
      // Replies shown in an earlier group are skipped, so ask for that many more.
      limit: Math.max(0, limit) + shown.size,
    });
    failed.push(...outcome.degraded);
    const all = outcome.ranked.filter((r) => !shown.has(r.template.id));
    const floor = (all[0]?.score ?? 0) * RELEVANCE_FLOOR;
    const ranked = all.filter((r) => r.score >= floor).slice(0, Math.max(0, limit));
    for (const r of ranked) shown.add(r.template.id);
    return {
      request: { intent: request.intent, confidence: request.confidence, start: request.start, end: request.end, text },
      suggestions: ranked.map(({ template, score }) => ({
        template,
        score,
        rendered: renderTemplate(template.body, scopeFor(template.language)),
        answers: [...new Set(asked.filter((a) => template.intents.includes(a)))],
        fields: effectiveFields(template.body, template.fields),
        scope: scopeFor(template.language),
      })),
    };
  });
  return {
    intent: { intent: intent.intent, confidence: intent.confidence },
    order,
    suggestions: groups[0]?.suggestions ?? [],
    groups,
    degraded: [...new Set(failed)],
  };
}
