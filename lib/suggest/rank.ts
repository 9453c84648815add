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
 */
import type { Order } from '@/lib/schemas/order';
import type { Template } from '@/lib/schemas/template';
import type { Ticket } from '@/lib/schemas/ticket';
import { classifyIntent, type IntentResult } from '@/lib/suggest/classify';
import { stripEmailNoise } from '@/lib/suggest/normalize';
import { contradictsOrder, orderStateTags, stateFit } from '@/lib/suggest/order-state';
import { textSimilarity } from '@/lib/suggest/template-index';
import { amazonFindings } from '@/lib/templates/starter-pack/policy-checks';
import type { SiteId } from '@/lib/schemas/ticket';

/** Sites with messaging rules a reply must keep to; the check runs on the template's source. */
const SITE_RULES: Partial<Record<SiteId, (body: string) => boolean>> = {
  'amazon-seller-central': (body) => amazonFindings(body).length === 0,
};

export const RANK_WEIGHTS = { text: 0.2, site: 0.3, language: 0.4, state: 0.3, usage: 0.05 } as const;
/** A template serving several intents, or this one only as a secondary, is less on-point. */
const SHARED_INTENT = 0.95;
const SECONDARY_INTENT = 0.8;

export interface RankInput {
  ticket: Ticket;
  templates: readonly Template[];
  order: Order | null;
  /** Classified from the ticket when not given. */
  intent?: IntentResult;
}

export interface RankedTemplate {
  template: Template;
  score: number;
  parts: Record<keyof typeof RANK_WEIGHTS | 'intent', number>;
}

/** The text the customer actually wrote last: the latest message, else the subject. */
export function customerQuery(ticket: Ticket): string {
  const latest = ticket.latestCustomerMessage?.trim();
  return latest ? latest : ticket.subject;
}

function primaryLanguage(code: string | null | undefined): string {
  return (code ?? '').split(/[-_]/)[0]!.toLowerCase();
}

export function rankTemplates({ ticket, templates, order, intent }: RankInput): RankedTemplate[] {
  const query = customerQuery(ticket);
  const intents = intent ?? classifyIntent(query);
  const probability = new Map(intents.ranking.map((r) => [r.intent, r.score]));
  const orderTags = orderStateTags(order);
  // The search index is cached per template list, so it is built over the site's templates and
  // the other hard rules are applied to the ranked list.
  const eligible = templates.filter((t) => t.sites.length === 0 || t.sites.includes(ticket.site));
  const similarity = textSimilarity(eligible, stripEmailNoise(query));
  const siteRule = SITE_RULES[ticket.site];
  const allowed = (t: Template) => (!siteRule || siteRule(t.body)) && !contradictsOrder(t.tags, orderTags);
  // Undetected language: most packs are English, and detection mostly fails on very short text.
  const language = primaryLanguage(ticket.language) || 'en';
  const maxUsage = Math.max(0, ...eligible.map((t) => t.usageCount));

  const ranked = eligible.map((template, i): RankedTemplate => {
    const shared = template.intents.length > 1 ? SHARED_INTENT : 1;
    const parts = {
      intent: shared * Math.max(0, ...template.intents.map((name, k) => (probability.get(name) ?? 0) * (k === 0 ? 1 : SECONDARY_INTENT))),
      text: similarity[i] ?? 0,
      site: template.sites.includes(ticket.site) ? 1 : 0,
      language: primaryLanguage(template.language) === language ? 1 : 0,
      state: stateFit(template.tags, orderTags),
      usage: maxUsage > 0 ? Math.log1p(template.usageCount) / Math.log1p(maxUsage) : 0,
    };
    const bonus = (Object.keys(RANK_WEIGHTS) as Array<keyof typeof RANK_WEIGHTS>).reduce(
      (sum, key) => sum + RANK_WEIGHTS[key] * Math.max(0, parts[key]),
      0,
    );
    const score = parts.intent * (1 + bonus) + RANK_WEIGHTS.state * Math.min(0, parts.state);
    return { template, score, parts };
  });
  // A reply in another language only stands in for a request the ticket's language has no reply for:
  // an English ticket never gets the German copy of the English reply it already has.
  const kept = ranked.filter((r) => allowed(r.template));
  const inLanguage = new Set(kept.filter((r) => r.parts.language === 1).map((r) => r.template.intents[0]));
  const wanted = kept.filter((r) => r.parts.language === 1 || !inLanguage.has(r.template.intents[0]));
  return wanted.sort((a, b) => b.score - a.score || (a.template.id < b.template.id ? -1 : a.template.id > b.template.id ? 1 : 0));
}
