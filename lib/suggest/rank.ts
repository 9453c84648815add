/**
 * Ranks templates for a ticket. Hard rules first: a template limited to some sites never shows
 * on another site; a template that breaks the site's messaging rules (Amazon: no links, emails,
 * phone numbers, review requests) never shows there; a template whose order-state tags claim
 * something false about the chosen order ("sent in several packages" for one parcel) never
 * shows. Then each template gets
 *   score = intent × (1 + Σ weight × bonus) − weight.state × wrong-state penalty
 * where intent is the classifier's probability of the template's best-matching intent (a shared
 * or secondary intent counts a little less than a dedicated one), and the bonuses are
 *   text      MiniSearch similarity to the customer's message, best = 1        (0..1)
 *   site      the template was written for this very site                       (0 or 1)
 *   language  the template is in the ticket's language                          (0 or 1)
 *   state     order-state tags that hold for the chosen order (order-state.ts)  (0, 0.5, 1, ...)
 *   usage     how often the team used it, log-scaled against the most used      (0..1)
 * Bonuses multiply the intent so they only reorder replies that fit the request: an Amazon or
 * "delivered" template of the wrong intent cannot climb above the right one. Ties fall back to
 * the template id: fully deterministic.
 *
 * Bounded whatever the message: the classifier and the search read at most
 * MAX_QUERY_SOURCE_CHARS of it, and the search index is kept up to date, not rebuilt per call.
 * The intent, search and order-state stages run guarded (rank-stages.ts): one failing degrades
 * the ranking and is reported in `degraded`, it never empties it.
 */
import type { Order } from '@/lib/schemas/order';
import type { Ticket } from '@/lib/schemas/ticket';
import { classifyIntent, type IntentResult } from '@/lib/suggest/classify';
import { contradictsOrder, orderStateTags, stateFit, type StateTag } from '@/lib/suggest/order-state';
import { customerQuery } from '@/lib/suggest/customer-query';
import { queryTerms } from '@/lib/suggest/query-terms';
import type { RankEntry } from '@/lib/suggest/rank-entry';
import { libraryFacts, primaryLanguage, siteRuleVerdicts } from '@/lib/suggest/rank-library';
import {
  byScoreThenId,
  kthLargest,
  noParts,
  positionBuffer,
  type RankedTemplate,
  type RankParts,
  scoreOf,
} from '@/lib/suggest/rank-scoring';
import { guarded, neutralIntent, type RankStage } from '@/lib/suggest/rank-stages';
import { templateSearch } from '@/lib/suggest/template-index';

/** A template serving this intent only as a secondary one is less on-point. */
const SECONDARY_INTENT = 0.8;

/** Whole templates, or rank entries (rank-entry.ts): the panel ranks those and reads only the best. */
export interface RankInput<T extends RankEntry = RankEntry> {
  ticket: Ticket;
  templates: readonly T[];
  order: Order | null;
  /** Classified from the ticket when not given. */
  intent?: IntentResult;
  /** The ticket's customer query (customer-query.ts) when the caller made it already. */
  query?: string;
  /** Only the best this many, when the caller shows no more: spares sorting the whole library. */
  limit?: number;
}

export interface RankOutcome<T extends RankEntry = RankEntry> {
  ranked: RankedTemplate<T>[];
  intent: IntentResult;
  /** Stages that failed and were left out; empty when the ranking is whole. */
  degraded: RankStage[];
}

export function rankTemplates<T extends RankEntry>(input: RankInput<T>): RankedTemplate<T>[] {
  return rankWithOutcome(input).ranked;
}

export function rankWithOutcome<T extends RankEntry>({
  ticket,
  templates,
  order,
  intent,
  limit,
  query = customerQuery(ticket),
}: RankInput<T>): RankOutcome<T> {
  const degraded: RankStage[] = [];
  const intents = intent ?? guarded('intent', degraded, () => classifyIntent(query), neutralIntent);
  const probability = new Map(intents.ranking.map((r) => [r.intent, r.score]));
  const noState = new Set<StateTag>();
  const orderTags = guarded(
    'order-state',
    degraded,
    () => orderStateTags(order),
    () => noState,
  );
  // Scored over the whole library, whose index is kept up to date; the site filter comes after.
  const similarity = guarded(
    'search',
    degraded,
    () => templateSearch().similarity(templates, queryTerms(query)),
    () => new Float64Array(templates.length),
  );
  const facts = libraryFacts(templates);
  const keepsRules = siteRuleVerdicts(templates, facts, ticket.site);
  // Undetected language: most packs are English, and detection mostly fails on very short text.
  const language = primaryLanguage(ticket.language) || 'en';

  const positions = positionBuffer(templates.length);
  let eligible = 0;
  let maxUsage = 0;
  for (let i = 0; i < templates.length; i++) {
    const t = templates[i]!;
    if (t.sites.length > 0 && !t.sites.includes(ticket.site)) continue;
    maxUsage = Math.max(maxUsage, t.usageCount);
    // Hard rules: the site's messaging rules, and no false claim about the order's state.
    if (keepsRules && !keepsRules[i]) continue;
    if (orderTags !== noState && facts.hasStateTags[i] && contradictsOrder(t.tags, orderTags)) continue;
    positions[eligible++] = i;
  }
  const usageScale = maxUsage > 0 ? 1 / Math.log1p(maxUsage) : 0;
  /** Writes template i's parts into `parts`: the scoring loop reuses one object for the whole library. */
  const fillParts = (i: number, parts: RankParts): RankParts => {
    const t = templates[i]!;
    let intentFit = 0;
    for (let k = 0; k < t.intents.length; k++)
      intentFit = Math.max(intentFit, (probability.get(t.intents[k]!) ?? 0) * (k === 0 ? 1 : SECONDARY_INTENT));
    parts.intent = facts.shared[i]! * intentFit;
    parts.text = similarity[i] ?? 0;
    parts.site = t.sites.length > 0 && t.sites.includes(ticket.site) ? 1 : 0;
    parts.language = facts.language[i] === language ? 1 : 0;
    parts.state = orderTags === noState || !facts.hasStateTags[i] ? 0 : stateFit(t.tags, orderTags);
    parts.usage = facts.usage[i]! * usageScale;
    return parts;
  };
  // A reply in another language only stands in for a request the ticket's language has no reply for:
  // an English ticket never gets the German copy of the English reply it already has.
  const inLanguage = new Set<string | undefined>();
  for (let e = 0; e < eligible; e++) if (facts.language[positions[e]!] === language) inLanguage.add(templates[positions[e]!]!.intents[0]);
  // Kept in place: positions[0 .. wanted).
  let wanted = 0;
  for (let e = 0; e < eligible; e++) {
    const i = positions[e]!;
    if (facts.language[i] === language || !inLanguage.has(templates[i]!.intents[0])) positions[wanted++] = i;
  }
  if (limit !== undefined && limit <= 0) return { ranked: [], intent: intents, degraded };
  // Scored in place (no parts object per template); only the best `limit` are built and sorted.
  const scores = new Float64Array(wanted);
  const scratch = noParts();
  for (let w = 0; w < wanted; w++) scores[w] = scoreOf(fillParts(positions[w]!, scratch));
  const threshold = limit !== undefined && limit < wanted ? kthLargest(scores, limit) : -Infinity;
  const ranked: RankedTemplate<T>[] = [];
  for (let w = 0; w < wanted; w++) {
    const i = positions[w]!;
    if (scores[w]! >= threshold) ranked.push({ template: templates[i]!, score: scores[w]!, parts: fillParts(i, noParts()) });
  }
  ranked.sort(byScoreThenId);
  return { ranked: limit === undefined ? ranked : ranked.slice(0, limit), intent: intents, degraded };
}
