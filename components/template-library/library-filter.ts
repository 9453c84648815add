/**
 * Which templates the library shows: facet filters (intent, tag, language, site), then words.
 * Words are ranked with the same MiniSearch index the panel's suggestions use (fuzzy, prefix);
 * titles and tags that merely contain the typed text follow, because that index drops words
 * shorter than three letters and words like "order", which an agent may still look for by title.
 */
import type { Intent, Template } from '@/lib/schemas/template';
import type { SiteId } from '@/lib/schemas/ticket';
import { textSimilarity } from '@/lib/suggest/template-index';

export interface LibraryFilter {
  query: string;
  intent: Intent | '';
  tag: string;
  language: string;
  site: SiteId | '';
}

export const NO_FILTER: LibraryFilter = { query: '', intent: '', tag: '', language: '', site: '' };

function passesFacets(template: Template, filter: LibraryFilter): boolean {
  if (filter.intent && !template.intents.includes(filter.intent)) return false;
  if (filter.tag && !template.tags.includes(filter.tag)) return false;
  if (filter.language && template.language !== filter.language) return false;
  // No sites listed means the template is offered in every inbox.
  if (filter.site && template.sites.length > 0 && !template.sites.includes(filter.site)) return false;
  return true;
}

function byTitle(a: Template, b: Template): number {
  return a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1);
}

function containsText(template: Template, needle: string): boolean {
  return template.title.toLowerCase().includes(needle) || template.tags.some((tag) => tag.toLowerCase().includes(needle));
}

export function filterTemplates(templates: readonly Template[], filter: LibraryFilter): Template[] {
  const query = filter.query.trim();
  if (!query) return templates.filter((t) => passesFacets(t, filter)).sort(byTitle);
  // Scored over the whole library: its index is cached, a filtered subset's would be rebuilt.
  const scores = textSimilarity(templates, query);
  const ranked = templates
    .map((template, index) => ({ template, score: scores[index] ?? 0 }))
    .filter(({ template, score }) => score > 0 && passesFacets(template, filter))
    .sort((a, b) => b.score - a.score || byTitle(a.template, b.template))
    .map(({ template }) => template);
  const found = new Set(ranked);
  const needle = query.toLowerCase();
  const contained = templates.filter((t) => !found.has(t) && containsText(t, needle) && passesFacets(t, filter)).sort(byTitle);
  return [...ranked, ...contained];
}

/** The tags and languages present in the library, for the filter menus. */
export function libraryFacets(templates: readonly Template[]): { tags: string[]; languages: string[] } {
  const tags = new Set(templates.flatMap((t) => t.tags));
  const languages = new Set(templates.map((t) => t.language));
  return { tags: [...tags].sort((a, b) => a.localeCompare(b)), languages: [...languages].sort() };
}
