/**
 * What the search index holds for a template (its title, visible body words and tags), and when a
 * template handed in again must be indexed anew: template-slots.ts keeps the index in line with
 * the library using these.
 */
import { FieldIndex } from '@/lib/suggest/field-index';
import { type FieldIndexSnapshot, textHash } from '@/lib/suggest/index-snapshot';
import { searchTerm } from '@/lib/suggest/query-terms';
import type { RankEntry } from '@/lib/suggest/rank-entry';

/** Title, body, tags: a word in the title counts twice. */
const FIELD_BOOSTS = [2, 1, 1];

export function emptyTemplateIndex(): FieldIndex {
  return new FieldIndex(FIELD_BOOSTS, searchTerm);
}

export function restoredTemplateIndex(snapshot: FieldIndexSnapshot): FieldIndex {
  return FieldIndex.restore(FIELD_BOOSTS, searchTerm, snapshot);
}

/** Liquid tags and variables are markup, not words the customer could have written. */
function visibleWords(body: string): string {
  return body.replace(/\{%[\s\S]*?%\}/g, ' ').replace(/\{\{[\s\S]*?\}\}/g, ' ');
}

function sameText(a: RankEntry, b: RankEntry): boolean {
  return a.title === b.title && a.body === b.body && a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i]);
}

/** A template read without its body (a saved rank entry) is indexed on its title and tags. */
export function hashOf(template: RankEntry): number {
  return textHash(template.title, template.body ?? '', template.tags);
}

export function fieldsOf(template: RankEntry): string[] {
  return [template.title, visibleWords(template.body ?? ''), template.tags.join(' ')];
}

/**
 * What a slot holds: the template (or rank entry) last synced there, and, once known, the hash of
 * the text indexed for it (restored from a snapshot: the template's text is not at hand).
 */
export interface Indexed {
  entry: RankEntry;
  slot: number;
  hash: number | null;
}

/**
 * Whether `template` needs indexing again in place of `known`: a whole template is compared by
 * text (or hash), one read without its body is taken as unchanged, since it came from the
 * snapshot this index was restored from.
 */
export function textChanged(known: Indexed, template: RankEntry): boolean {
  if (template.body === undefined) return false;
  if (known.entry.body !== undefined) return !sameText(known.entry, template);
  return known.hash !== hashOf(template);
}
