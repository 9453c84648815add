/**
 * What a regular-expression fragment of reply-words.json says about the text it can match,
 * read from its source: lets a caller skip a costly pattern on a line that cannot match it,
 * without a second hand-written list beside the data.
 */

// One escape for the whole project (lib/sites/escape-regexp.ts); re-exported for lib/suggest's cue patterns.
export { escapeRegExp } from '@/lib/sites/escape-regexp';

/** Characters with a meaning in a pattern: a literal run stops at them. */
const META = /[\\^$.|?*+()[\]{}]/;

/**
 * The literal text every match of `fragment` ends with ("\S{1,20}から送信" → "から送信";
 * "\S{1,20} from mobile" → " from mobile"), or '' when it ends in a class, group or quantifier.
 */
export function literalTail(fragment: string): string {
  let start = fragment.length;
  while (start > 0 && !META.test(fragment[start - 1] ?? '')) start--;
  // "\sbar": the "s" after the backslash is an escape, not a letter of the tail.
  return start > 0 && fragment[start - 1] === '\\' ? fragment.slice(start + 1) : fragment.slice(start);
}

/**
 * The characters a match of `fragment` can end with, lowercased ("wrote" → e; "escribi[óo]" → ó, o),
 * or undefined when they cannot be told from the source (an escape, a range, a group, a quantifier).
 */
export function lastCharsOf(fragment: string): string[] | undefined {
  if (fragment.endsWith(']')) {
    const open = fragment.lastIndexOf('[');
    const inside = fragment.slice(open + 1, -1);
    if (open < 0 || inside === '' || /[\\^\-[]/.test(inside)) return undefined;
    return [...inside].map((char) => char.toLowerCase());
  }
  const last = fragment.at(-1) ?? '';
  if (last === '' || META.test(last) || fragment.at(-2) === '\\') return undefined;
  return [last.toLowerCase()];
}
