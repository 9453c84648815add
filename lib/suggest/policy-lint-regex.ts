/**
 * How the policy lint compiles its word lists (policy-lint-solicit.json, policy-lint-paraphrases.json).
 * JavaScript's `\b` is ASCII-only even with the u flag ("überarbeiten", "étoiles"), so the data's
 * `\b` means a word edge for the letters of the supported languages' scripts, and its `\p{L}` (always
 * inside a character class) means those letters. They are listed as ranges rather than `\p{L}`:
 * under the i and u flags V8 case-folds the whole of `\p{L}` at every use, and the ~500 word edges
 * in the lists made the first lint in a fresh panel take seconds (measured 2026-12-05 at load 20: the
 * solicitation cues took 1.6 s to compile and 2.9 s to their first match with `\p{L}`, 25 ms and
 * 0.5 s with ranges). Latin with its accents, Greek, Cyrillic, Hangul, Kana, CJK and full-width forms.
 */
import { endsWithWordAt, groupEdges, hasTopLevelBar, startsWithWordAt } from '@/lib/suggest/policy-lint-regex-groups';
import type { Span } from '@/lib/suggest/policy-lint-types';

export const LETTER_RANGES =
  'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u1100-\\u11ff\\u1e00-\\u1eff\\u3040-\\u30ff\\u3130-\\u318f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uff9f';
const WORD_CHAR = `[${LETTER_RANGES}0-9\\uff10-\\uff19_]`;
/** A Unicode word edge: a word character on one side only. */
export const WORD_EDGE = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;

const WORD_STARTS = `(?<!${WORD_CHAR})`;
const WORD_ENDS = `(?!${WORD_CHAR})`;
/** One atom of a pattern source: an escape (\\u00e9, \\p{L}, \\s) or one character. */
const ATOM = /\\u\{[0-9a-f]+\}|\\u[0-9a-f]{4}|\\x[0-9a-f]{2}|\\[pP]\{[^}]*\}|\\[\s\S]|[\s\S]/giu;

/**
 * `\b` as a word edge. Beside a letter that must be there, or a group whose every alternative starts
 * (or ends) with one (policy-lint-regex-groups.ts), the cue supplies that side, so the edge is one
 * lookaround instead of two alternatives of two. Linting the 106 starter templates went from a 13.6 ms
 * CPU median per reply to 5.9 ms, the first lint from 563 to 359 ms (2026-12-07, load 11) with plain
 * letters alone; groups ("\b(?:could|would|can|will)\s+you") came next, then accented letters and
 * optional endings ("\b(?:écrit|dit)\b", "reviews?\b"), which had left 447 two-sided edges.
 */
function wordEdges(source: string): string {
  const atoms = source.match(ATOM) ?? [];
  const groups = groupEdges(atoms);
  return atoms
    .map((atom, i) => {
      if (atom !== String.raw`\b`) return atom;
      if (endsWithWordAt(atoms, i - 1, groups)) return WORD_ENDS;
      if (startsWithWordAt(atoms, i + 1, groups)) return WORD_STARTS;
      return WORD_EDGE;
    })
    .join('');
}

/** A cue from the data as a regular-expression source: `\b` as a word edge, `\p{L}` as letters. */
export const cueSource = (source: string): string => wordEdges(source).replaceAll(String.raw`\p{L}`, LETTER_RANGES);

/**
 * A cue that starts at a word start and has no alternation of its own, as [true, the rest]: a run of
 * such cues shares one lookbehind (V8 would test it once per cue at every position of the text).
 */
function startingAtWord(source: string): [boolean, string] {
  if (!source.startsWith(WORD_STARTS)) return [false, source];
  const rest = source.slice(WORD_STARTS.length);
  return hasTopLevelBar(rest.match(ATOM) ?? []) ? [false, source] : [true, rest];
}

/**
 * Alternatives in order, those that end at a word end and have no "|" of their own sharing one lookahead per run:
 * `(?:a|b)X` tries exactly what `(?:aX|bX)` tries, in the same order, so the match is the same.
 */
function sharingWordEnds(alternatives: readonly string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const closeRun = () => {
    if (run.length === 1) out.push(`(?:${run[0]}${WORD_ENDS})`);
    else if (run.length) out.push(`(?:${run.map((rest) => `(?:${rest})`).join('|')})${WORD_ENDS}`);
    run = [];
  };
  for (const source of alternatives) {
    if (source.endsWith(WORD_ENDS) && !hasTopLevelBar(source.match(ATOM) ?? [])) run.push(source.slice(0, -WORD_ENDS.length));
    else {
      closeRun();
      out.push(`(?:${source})`);
    }
  }
  closeRun();
  return out;
}

/**
 * One pattern that matches when any of a word list's cues does: a sentence test, or with the g flag
 * every match in turn. Consecutive cues that start at a word start are grouped behind one
 * lookbehind, and consecutive cues that end at a word end before one lookahead, in their order, so
 * the pattern matches exactly what the cues one by one would. Each lookaround costs V8 a compiled
 * letter class under the i and u flags: sharing them halved the lists' compile time (2026-12-07).
 */
export function anyOf(sources: readonly string[], flags: 'iu' | 'giu' = 'iu'): RegExp {
  const parts: string[] = [];
  let run: string[] = [];
  let others: string[] = [];
  const closeOthers = () => {
    parts.push(...sharingWordEnds(others));
    others = [];
  };
  const closeRun = () => {
    if (run.length) parts.push(`${WORD_STARTS}(?:${sharingWordEnds(run).join('|')})`);
    run = [];
  };
  for (const source of sources.map(cueSource)) {
    const [atWord, rest] = startingAtWord(source);
    if (atWord) {
      closeOthers();
      run.push(rest);
    } else {
      closeRun();
      others.push(source);
    }
  }
  closeRun();
  closeOthers();
  return new RegExp(parts.join('|'), flags);
}

/** Every match of a pattern (with the g flag) as a span of the text. */
export const spansOf = (pattern: RegExp, text: string): Span[] =>
  [...text.matchAll(pattern)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));

/** A sentence ends at . ! ? 。 ！ ？ or a line break. */
const SENTENCE = /[^.!?。！？\n]+[.!?。！？]*/gu;

/** The reply's sentences, trimmed, with their offsets in the reply as given. */
export function sentencesOf(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(SENTENCE)].flatMap((m) => {
    const trimmed = m[0].trim();
    if (!trimmed) return [];
    const start = (m.index ?? 0) + m[0].length - m[0].trimStart().length;
    return [{ start, end: start + trimmed.length, text: trimmed }];
  });
}
