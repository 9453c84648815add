/**
 * The lead request's replies when its intent was decided outside the local model (the AI's second
 * opinion on an unsure ticket, ai/intent-opinion.ts): the replies serving the decided intent come
 * first, in their ranking order, and the others follow as ranked.
 *
 * Why an order and not a larger share of the distribution: ranking multiplies an intent's
 * probability by (1 + bonuses) for text, site, language, order state and usage (rank.ts), and the
 * state bonus grows with each tag that holds, so no probability given to the decided intent is
 * sure to outweigh another intent's bonuses. It did not: "Charged again for the same amount as in
 * March, factura please", decided `invoice`, still put charged-twice first on its words. An agent
 * told "decided by the AI model" expects the top reply to answer what the AI decided; an AI that
 * agrees with an unsure local top settles the reading the same way.
 *
 * When no reply serves the decided intent (none written for it, or none allowed on this site or
 * in this language), the local ranking stands: the agent still gets the best reply there is.
 */
import type { Intent } from '@/lib/schemas/intent';
import type { RankedTemplate } from '@/lib/suggest/rank-scoring';
import type { RankEntry } from '@/lib/suggest/rank-entry';

export function decidedFirst<T extends RankEntry>(ranked: readonly RankedTemplate<T>[], decided: Intent): RankedTemplate<T>[] {
  const serves = (r: RankedTemplate<T>) => r.template.intents.includes(decided);
  return [...ranked.filter(serves), ...ranked.filter((r) => !serves(r))];
}
