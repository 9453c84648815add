import { chooseOrder } from '@/lib/suggest/choose-order';
import { answersAllFirst, anyAnswersAll } from '@/lib/suggest/answers-all-first';
import { decidedFirst } from '@/lib/suggest/decided-first';
import { decidedReading } from '@/lib/suggest/decided-intent';
import { leadFirst } from '@/lib/suggest/lead-first';
import { rankWithOutcome } from '@/lib/suggest/rank';
import type { RankEntry } from '@/lib/suggest/rank-entry';
import { guarded, type RankStage } from '@/lib/suggest/rank-stages';
import { readTicketIntent } from '@/lib/suggest/ticket-intent';
import { renderPlan } from '@/lib/suggest/render-plan';
import type { PlanInput, PlannedGroup, SuggestInput, SuggestionPlan, SuggestResult } from '@/lib/suggest/suggestion-types';

export const DEFAULT_SUGGESTION_LIMIT = 3;
/**
 * A suggestion scoring under this share of the best one answers another request: with the
 * classifier sure, showing it only costs the agent a read. When it is unsure, several survive.
 */
export const RELEVANCE_FLOOR = 0.2;

/**
 * Ranks `templates` (whole, or rank entries read with the search index) for each request of the
 * message: pure and synchronous, like suggestReplies, which renders what this chose.
 */
export function planSuggestions<T extends RankEntry>({
  ticket,
  orders,
  templates,
  limit = DEFAULT_SUGGESTION_LIMIT,
  decidedIntent,
  local = readTicketIntent(ticket),
}: PlanInput<T>): SuggestionPlan<T> {
  const failed: RankStage[] = [...local.degraded];
  const { query } = local;
  const intent = decidedReading(local.reading, decidedIntent);
  const order = guarded(
    'order-state',
    failed,
    () => chooseOrder(ticket, orders),
    () => null,
  );
  // The lead's group ranks first, so a reply answering it and another request shows under the lead.
  const requests = leadFirst(intent.requests, intent.intent);
  // The decision concerns the lead request only: the other requests' groups keep the local reading.
  const decidedAt = decidedIntent ? requests.findIndex((request) => request.intent === decidedIntent) : -1;
  const asked = intent.requests.map((r) => r.intent);
  // A reply answering every request may rank anywhere in the lead's clause (answers-all-first.ts).
  const answerAll = anyAnswersAll(templates, asked);
  const shown = new Set<string>();
  let noReply = false;
  const groups = requests.map((request, at): PlannedGroup<T> => {
    const text = query.slice(request.start, request.end);
    // One request: the whole message is its text. Several: each is ranked on its own clause.
    const single = requests.length === 1;
    const decided = at === decidedAt ? decidedIntent : undefined;
    const lead = at === 0;
    const outcome = rankWithOutcome({
      ticket: single ? ticket : { ...ticket, latestCustomerMessage: text },
      templates,
      order,
      intent: single ? intent : { ...request, requests: [request] },
      ...(single ? { query } : {}),
      // Replies shown in an earlier group are skipped, so ask for that many more. A decided
      // intent's replies, and the lead's replies answering every request, may rank anywhere, so
      // that group ranks the whole library (decided-first.ts, answers-all-first.ts).
      limit: decided || (lead && answerAll) ? undefined : Math.max(0, limit) + shown.size,
    });
    failed.push(...outcome.degraded);
    const byDecision = decided ? decidedFirst(outcome.ranked, decided) : outcome.ranked;
    const ordered = lead && answerAll ? answersAllFirst(byDecision, asked, RELEVANCE_FLOOR) : byDecision;
    if (decided && !ordered[0]?.template.intents.includes(decided)) noReply = true;
    const all = ordered.filter((r) => !shown.has(r.template.id));
    const floor = (all[0]?.score ?? 0) * RELEVANCE_FLOOR;
    const ranked = all.filter((r) => r.score >= floor).slice(0, Math.max(0, limit));
    for (const r of ranked) shown.add(r.template.id);
    return { request: { intent: request.intent, confidence: request.confidence, start: request.start, end: request.end, text }, ranked };
  });
  return {
    intent: { intent: intent.intent, confidence: intent.confidence, ...(noReply ? { noReply } : {}) },
    order,
    groups,
    asked,
    degraded: [...new Set(failed)],
  };
}

/** The ids of the templates a plan shows: the only ones the panel reads whole. */
export function plannedTemplateIds(plan: SuggestionPlan<RankEntry>): string[] {
  return [...new Set(plan.groups.flatMap((group) => group.ranked.map((r) => r.template.id)))];
}

export function suggestReplies(input: SuggestInput): SuggestResult {
  return renderPlan(planSuggestions(input), (template) => template, input);
}
