/**
 * The obvious way the suggest-speed bench (suggest-speed.ts) measures ranking against: one plain MiniSearch index over
 * the same templates, with the project's former options, searched with the whole message.
 */
import MiniSearch from 'minisearch';
import type { Template } from '@/lib/schemas/template';
import { timed } from './types';

const STOP_WORDS = new Set(
  'a an and are as at be but by can could do for from have hi hello i if in is it me my of on or our please so that the this to was we were will with would you your thank thanks order regards best dear'.split(
    ' ',
  ),
);

/** The obvious call: one MiniSearch index (the project's former options: stop words, fuzzy 0.2, prefix, title boost), searched with the whole message. */
export function plainIndex(templates: readonly Template[]): MiniSearch {
  const processTerm = (term: string) => {
    const lower = term.toLowerCase();
    return lower.length < 3 || STOP_WORDS.has(lower) ? null : lower;
  };
  const index = new MiniSearch({
    fields: ['title', 'body', 'tags'],
    processTerm,
    searchOptions: { boost: { title: 2 }, fuzzy: 0.2, prefix: true },
  });
  index.addAll(templates.map((t, i) => ({ id: i, title: t.title, body: t.body, tags: t.tags.join(' ') })));
  return index;
}

/** The obvious way's time, or what stopped it. */
export function plainTime(index: MiniSearch, text: string): number | string {
  try {
    return timed(() => index.search(text)).cpu;
  } catch (error) {
    return error instanceof Error ? `${error.name}` : 'threw';
  }
}
