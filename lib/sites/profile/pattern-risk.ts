/**
 * Why a site profile's regular expression could make a page read slow, or null. A pack's pattern
 * runs on page text on every read, and JavaScript's engine backtracks: `(a+)+$` on forty letters
 * already takes seconds. Refused on import (lib/schemas/site-profile.ts) and never compiled by the
 * engine (./labels.ts), whatever path a profile took: a repeated group that repeats or chooses
 * inside (nested quantifiers), a backreference, or more than MAX_REPEATS unbounded repeats (their
 * cost multiplies). The engine also caps the text a pattern runs on.
 */
export type PatternRisk = 'nested-quantifier' | 'backreference' | 'too-many-repeats';

export const MAX_REPEATS = 3;

export function patternRisk(source: string): PatternRisk | null {
  /** Per open group: whether it holds a repeat or an alternation. */
  const open: boolean[] = [];
  let repeats = 0;
  let lastGroupRisky = false;
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\\') {
      const next = source[index + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || next === 'k')) return 'backreference';
      index++;
      lastGroupRisky = false;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    if (char === '[') {
      inClass = true;
      lastGroupRisky = false;
    } else if (char === '(') {
      open.push(false);
      lastGroupRisky = false;
    } else if (char === ')') {
      lastGroupRisky = open.pop() ?? false;
      continue;
    } else if (char === '|') {
      if (open.length > 0) open[open.length - 1] = true;
    } else if (char === '*' || char === '+' || char === '{') {
      const unbounded = char !== '{' || /^\{\d*,\}/.test(source.slice(index, index + 12));
      const many = unbounded || !/^\{\d+\}|^\{[01],?[01]?\}/.test(source.slice(index, index + 12));
      if (lastGroupRisky && many) return 'nested-quantifier';
      if (unbounded && ++repeats > MAX_REPEATS) return 'too-many-repeats';
      if (many) for (let level = 0; level < open.length; level++) open[level] = true;
    }
    lastGroupRisky = false;
  }
  return null;
}
