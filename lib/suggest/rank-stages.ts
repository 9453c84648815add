/**
 * The stages of ranking that can fail on a hostile or broken input (a classifier error, a search
 * index error, an order whose state cannot be read). Each runs guarded: a failure gives the
 * stage's neutral result and is reported, so the ranking degrades and the panel says so; the
 * suggestions are never emptied by one stage.
 */
import { INTENTS } from '@/lib/schemas/template';
import type { IntentResult } from '@/lib/suggest/classify';

export const RANK_STAGES = ['intent', 'search', 'order-state'] as const;
export type RankStage = (typeof RANK_STAGES)[number];

export function guarded<T>(stage: RankStage, degraded: RankStage[], run: () => T, fallback: () => T): T {
  try {
    return run();
  } catch (error) {
    degraded.push(stage);
    // Kept for whoever debugs the panel; the agent sees the message `ranking.<stage>` (lib/i18n).
    console.warn(`Deskpilot ranking: the ${stage} stage failed`, error);
    return fallback();
  }
}

/** No opinion about the request: every intent equally likely, "other" named. */
export function neutralIntent(): IntentResult {
  const share = 1 / INTENTS.length;
  const ranking = INTENTS.map((intent) => ({ intent, score: share }));
  return { intent: 'other', confidence: share, ranking, requests: [{ intent: 'other', confidence: share, ranking, start: 0, end: 0 }] };
}
