/**
 * One regex source for cue words given per language (request-cues.json, lead-cues.json): Korean
 * and Japanese cues are word endings or run into the next word (no spaces), so they match anywhere;
 * the others only as whole words.
 */
import { escapeRegExp } from '@/lib/ticket/regex-fragments';

/** Matches nothing: what cue lists without a single word stand for. */
const NO_CUE = '(?!)';

const isDense = (language: string) => language === 'ko' || language === 'ja';

/** An empty word would be an empty alternative, which matches every text. */
const alternatives = (words: readonly string[]) => words.filter((word) => word.length > 0).map(escapeRegExp);

export function cueAlternatives(byLanguage: Record<string, readonly string[]>): string {
  const latin = alternatives(Object.entries(byLanguage).flatMap(([language, words]) => (isDense(language) ? [] : words)));
  const dense = alternatives([...(byLanguage.ko ?? []), ...(byLanguage.ja ?? [])]);
  // An empty group is an empty alternative too: a gap in the data (cue-lists.test.ts fails on it)
  // must make a cue rarer, never make it match everything.
  const groups = [
    // A letter and an apostrophe before a cue make it the end of a contraction or an elision ("don't",
    // "qu'une"), not a word; an apostrophe alone opens a quotation ("'where is my parcel'"), after which
    // the cue is a word like any other.
    ...(latin.length > 0 ? [`(?<!\\p{L})(?<!\\p{L}')(?:${latin.join('|')})(?![\\p{L}])`] : []),
    ...(dense.length > 0 ? [dense.join('|')] : []),
  ];
  return groups.length > 0 ? groups.join('|') : NO_CUE;
}

/** A text as the cue lists are written: compatibility forms folded (full-width letters, ﬁ), and the typographic apostrophe as "'". */
export const foldForCues = (text: string): string => text.normalize('NFKC').replaceAll('\u2019', "'");
