/**
 * The local reading with its lead request replaced by an intent decided elsewhere (the AI's
 * second opinion on an unsure ticket, intent-opinion.ts). The decided intent takes the top score
 * (the local top takes its place); the confidence stays the local model's probability for it,
 * since the AI gives none (the badge does not show it as the decision's: intent-badge.tsx). The score alone does not put its replies first (ranking's bonuses
 * can outweigh it): planSuggestions orders the lead request's replies with decided-first.ts.
 * The decision concerns the lead request only: the others stay as the local model read them.
 * When the local model found the decided intent as another request of the message, that request
 * leads and the old lead keeps its own group: the AI named the main thing asked, and the customer
 * still asked the other (dropping it would hide a request the agent must answer).
 */
import type { Intent } from '@/lib/schemas/intent';
import type { IntentResult, IntentScore } from '@/lib/suggest/classify';

function promote(ranking: readonly IntentScore[], decided: Intent): IntentScore[] {
  const top = ranking[0];
  const chosen = ranking.find((r) => r.intent === decided);
  if (!top || top.intent === decided) return [...ranking];
  const swapped = ranking.map((r) => {
    if (r.intent === decided) return { intent: r.intent, score: top.score };
    if (r === top) return { intent: r.intent, score: chosen?.score ?? 0 };
    return r;
  });
  if (!chosen) swapped.push({ intent: decided, score: top.score });
  return swapped.sort((a, b) => b.score - a.score);
}

export function withDecidedIntent(reading: IntentResult, decided: Intent): IntentResult {
  // The lead is the request `intent` names (not always the first one in the text: lead-request.ts).
  const leadAt = Math.max(
    0,
    reading.requests.findIndex((request) => request.intent === reading.intent),
  );
  const lead = reading.requests[leadAt];
  if (!lead || lead.intent === decided) return reading;
  const asked = reading.requests.find((request) => request.intent === decided);
  if (asked) return { intent: decided, confidence: asked.confidence, ranking: asked.ranking, requests: reading.requests };
  const confidence = reading.ranking.find((r) => r.intent === decided)?.score ?? 0;
  const decidedLead = { ...lead, intent: decided, confidence, ranking: promote(lead.ranking, decided) };
  return {
    intent: decided,
    confidence,
    ranking: promote(reading.ranking, decided),
    requests: reading.requests.map((request, i) => (i === leadAt ? decidedLead : request)),
  };
}

/**
 * The reading every view of the ticket shows (the badge, triage, the plan of replies): the local
 * one with the decided intent folded in when there is one. One expression for all, so the panel's
 * badge and its replies never disagree on the lead request.
 */
export function decidedReading(local: IntentResult, decided: Intent | undefined): IntentResult {
  return decided ? withDecidedIntent(local, decided) : local;
}
