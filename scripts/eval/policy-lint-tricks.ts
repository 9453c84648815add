/**
 * The tricks sellers use to slip a forbidden phrase past a word filter, applied to one stretch of a reply (the phrase
 * the lint found, or the whole reply): letters spaced out ("r e v i e w"), emoji between the words, full-width Latin
 * ("ｒｅｖｉｅｗ"), HTML entities ("revi&#101;w", "&nbsp;") and a line break inside the phrase. Seeded, so every run
 * builds the same variants (scripts/eval/policy-lint-robustness.ts counts what the lint still catches).
 */
import type { Random } from './seeded-random';

export const TRICKS = ['spaced letters', 'emoji between words', 'full-width Latin', 'HTML entities', 'line break'] as const;
export type Trick = (typeof TRICKS)[number];

const EMOJI = ['⭐', '🌟', '😊', '👍', '❤️', '🙏', '✨'];
/** Accented letters a page editor writes as named entities. */
const NAMED: Record<string, string> = {
  é: '&eacute;',
  è: '&egrave;',
  à: '&agrave;',
  ç: '&ccedil;',
  ü: '&uuml;',
  ä: '&auml;',
  ö: '&ouml;',
  ñ: '&ntilde;',
};
/** Scripts written without spaces between words: a trick may go between any two of their characters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Letters only: sellers disguise words, not order or tracking numbers. */
const WORD = /\p{L}+/gu;

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)] as T;

/** Places between two words, or between two characters of an unspaced script: [offset, is a space to replace]. */
function gaps(part: string): Array<[number, boolean]> {
  const found: Array<[number, boolean]> = [];
  for (let i = 1; i < part.length; i++) {
    if (part[i] === ' ' && /[\p{L}\p{N}]/u.test(part[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(part[i + 1] ?? '')) found.push([i, true]);
    else if (UNSPACED.test(part[i - 1] ?? '') && UNSPACED.test(part[i] ?? '')) found.push([i, false]);
  }
  return found;
}

/** Some of the places, each with probability p, at least one. */
function somePlaces(places: Array<[number, boolean]>, p: number, random: Random): Array<[number, boolean]> {
  const chosen = places.filter(() => random() < p);
  return chosen.length > 0 || places.length === 0 ? chosen : [pick(places, random)];
}

/** Rewrites the chosen places from the end, so earlier offsets stay right. */
function atPlaces(part: string, places: Array<[number, boolean]>, insert: (space: boolean) => string): string {
  let out = part;
  for (const [at, space] of [...places].sort((a, b) => b[0] - a[0])) {
    out = `${out.slice(0, at)}${insert(space)}${out.slice(space ? at + 1 : at)}`;
  }
  return out;
}

/** Each word of three letters or more spelled out with single spaces; words then stand three spaces apart. */
function spaced(part: string): string {
  return part
    .split(' ')
    .map((token) => token.replace(WORD, (word) => ([...word].length >= 3 ? [...word].join(' ') : word)))
    .join('   ');
}

const widen = (part: string) => part.replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** One letter per word as a numeric entity (decimal or hex), accented letters by name, some spaces as &nbsp;. */
function entities(part: string, random: Random): string {
  const words = part.replace(WORD, (word) => {
    const chars = [...word].map((c) => NAMED[c] ?? c);
    const plain = chars.map((c, i) => (c.length === 1 ? i : -1)).filter((i) => i >= 0);
    const unspaced = UNSPACED.test(word);
    for (const i of unspaced ? plain.filter(() => random() < 0.3) : plain.length ? [pick(plain, random)] : []) {
      const code = chars[i]?.codePointAt(0) ?? 0;
      chars[i] = random() < 0.5 ? `&#${code};` : `&#x${code.toString(16)};`;
    }
    return chars.join('');
  });
  return words.replace(/ /g, () => (random() < 0.5 ? '&nbsp;' : ' '));
}

/** The stretch [start, end) of the text with the trick applied; the same seed gives the same variant. */
export function applyTrick(text: string, start: number, end: number, trick: Trick, random: Random): string {
  const part = text.slice(start, end);
  const lowerNext = gaps(part).filter(([at, space]) => !/\p{Lu}/u.test(part[space ? at + 1 : at] ?? ''));
  const changed = {
    'spaced letters': () => spaced(part),
    'emoji between words': () =>
      atPlaces(part, somePlaces(gaps(part), 0.35, random), (space) => (space ? ` ${pick(EMOJI, random)} ` : pick(EMOJI, random))),
    'full-width Latin': () => widen(part),
    'HTML entities': () => entities(part, random),
    'line break': () => atPlaces(part, somePlaces(lowerNext, 0, random), () => '\n'),
  }[trick]();
  return `${text.slice(0, start)}${changed}${text.slice(end)}`;
}
