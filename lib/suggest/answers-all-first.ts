/**
 * The lead request's replies when the message asks several things and a reply answers them all
 * ("Here is your return label, and your invoice is attached"): that reply comes first, since it
 * is the one an agent inserting the top suggestion wants — one reply, nothing left unanswered.
 *
 * Why an order and not a bonus: ranking discounts a template serving several intents (a shared
 * or secondary intent is less on-point for a single request, rank.ts) and each request is ranked
 * on its own clause, where the other requests' words are missing; a reply written for both asks
 * ranked under the single-request ones, and often showed only in the second request's group.
 * It must still fit: hard rules already dropped what breaks the site's rules or the order's
 * state, and one scoring under `minShare` of the best stays where ranking put it.
 */
import type { Intent } from '@/lib/schemas/template';
import type { RankedTemplate } from '@/lib/suggest/rank-scoring';
import type { RankEntry } from '@/lib/suggest/rank-entry';

function servesAll(template: RankEntry, asked: readonly Intent[]): boolean {
  return asked.every((intent) => template.intents.includes(intent));
}

/** Whether any template answers every request: only then is the whole library ranked for it. */
export function anyAnswersAll(templates: readonly RankEntry[], asked: readonly Intent[]): boolean {
  return asked.length > 1 && templates.some((template) => servesAll(template, asked));
}

export function answersAllFirst<T extends RankEntry>(
  ranked: readonly RankedTemplate<T>[],
  asked: readonly Intent[],
  minShare: number,
): RankedTemplate<T>[] {
  if (asked.length < 2) return [...ranked];
  const floor = (ranked[0]?.score ?? 0) * minShare;
  const fitsAll = (r: RankedTemplate<T>) => r.score >= floor && servesAll(r.template, asked);
  return [...ranked.filter(fitsAll), ...ranked.filter((r) => !fitsAll(r))];
}
