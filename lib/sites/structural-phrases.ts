/**
 * Label words matched in a page's text (structural-words.json): one case-insensitive test for a
 * list of phrases, whole words where the script has spaces.
 */
import { escapeRegExp } from './escape-regexp';

/** A phrase in a script past Latin Extended (Hangul, kana, Han) is matched anywhere, not at word edges. */
const BEYOND_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** One case-insensitive test for a list of phrases; whole words where the script has spaces. */
export function phrases(list: string[]): RegExp {
  const escaped = list.map(escapeRegExp);
  return new RegExp(
    `(?:^|[^\\p{L}])(?:${escaped.join('|')})(?=$|[^\\p{L}])|${escaped.filter((p) => BEYOND_LATIN.test(p)).join('|') || '(?!)'}`,
    'iu',
  );
}
