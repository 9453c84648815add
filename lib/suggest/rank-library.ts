/**
 * What ranking needs from a template library that no ticket changes (primary language, shared
 * intents, whether it carries order-state tags, whether its body keeps a site's messaging rules),
 * worked out once per library array and kept beside it. The panel hands in the same array until
 * the library changes, so a ranking call costs one lookup here, not one per template.
 */
import type { RankEntry } from '@/lib/suggest/rank-entry';
import type { SiteId } from '@/lib/schemas/ticket';
import { STATE_TAGS } from '@/lib/suggest/order-state';
import { amazonFindings } from '@/lib/templates/starter-pack/policy-checks';

/** Sites with messaging rules a reply must keep to; the check runs on the template's source. */
const SITE_RULES: Partial<Record<SiteId, (body: string) => boolean>> = {
  'amazon-seller-central': (body) => amazonFindings(body).length === 0,
};

/** A template serving several intents is less on-point than a dedicated one. */
export const SHARED_INTENT = 0.95;

const STATE_TAG_SET: ReadonlySet<string> = new Set(STATE_TAGS);

export function primaryLanguage(code: string | null | undefined): string {
  return (code ?? '').split(/[-_]/)[0]!.toLowerCase();
}

export interface LibraryFacts {
  language: string[];
  shared: Float64Array;
  hasStateTags: Uint8Array;
  /** ln(1 + usage count): scaled per call against the most used eligible template. */
  usage: Float64Array;
  /** Whether each body keeps a site's rules, per site with rules, filled on first use. */
  keepsRules: Partial<Record<SiteId, Uint8Array>>;
}

const factsOf = new WeakMap<readonly RankEntry[], LibraryFacts>();

export function libraryFacts(templates: readonly RankEntry[]): LibraryFacts {
  let facts = factsOf.get(templates);
  if (!facts) {
    facts = {
      language: templates.map((t) => primaryLanguage(t.language)),
      shared: Float64Array.from(templates, (t) => (t.intents.length > 1 ? SHARED_INTENT : 1)),
      hasStateTags: Uint8Array.from(templates, (t) => (t.tags.some((tag) => STATE_TAG_SET.has(tag)) ? 1 : 0)),
      usage: Float64Array.from(templates, (t) => Math.log1p(t.usageCount)),
      keepsRules: {},
    };
    factsOf.set(templates, facts);
  }
  return facts;
}

/** Per template, 1 when its body keeps the site's messaging rules (always, on a site without any). */
export function siteRuleVerdicts(templates: readonly RankEntry[], facts: LibraryFacts, site: SiteId): Uint8Array | null {
  const rule = SITE_RULES[site];
  if (!rule) return null;
  // An entry without its body carries the verdict; one with neither is kept off the site.
  facts.keepsRules[site] ??= Uint8Array.from(templates, (t) => ((t.keepsRules?.[site] ?? (t.body !== undefined && rule(t.body))) ? 1 : 0));
  return facts.keepsRules[site];
}

/**
 * What ranking reads of a template, without its body: its verdict on every site's rules instead.
 * An entry already without a body is kept as it is.
 */
export function rankEntryOf(template: RankEntry): RankEntry {
  const { id, title, intents, language, sites, tags, usageCount, body } = template;
  if (body === undefined) return { id, title, intents, language, sites, tags, usageCount, keepsRules: template.keepsRules ?? {} };
  const keepsRules: RankEntry['keepsRules'] = {};
  for (const [site, rule] of Object.entries(SITE_RULES) as [SiteId, (body: string) => boolean][]) keepsRules[site] = rule(body);
  return { id, title, intents, language, sites, tags, usageCount, keepsRules };
}
