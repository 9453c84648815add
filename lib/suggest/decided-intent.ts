/**
 * The local reading with its lead request replaced by an intent decided elsewhere (the AI's
 * second opinion on an unsure ticket, intent-opinion.ts). Ranking weighs templates by the whole
 * intent distribution, so the decided intent takes the top score (the local top takes its place);
 * the shown confidence stays the local model's probability for it, since the AI gives none. Later
 * requests stay as the local model read them; one asking the decided intent again is folded in.
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
  const confidence = reading.ranking.find((r) => r.intent === decided)?.score ?? 0;
  const decidedLead = { ...lead, intent: decided, confidence, ranking: promote(lead.ranking, decided) };
  return {
    intent: decided,
    confidence,
    ranking: promote(reading.ranking, decided),
    requests: reading.requests.flatMap((request, i) => (i === leadAt ? [decidedLead] : request.intent === decided ? [] : [request])),
  };
}
