/**
 * The placeholder a redacted snapshot writes for a word (./redact-snapshot.ts): same shape — letters by
 * letters of the same case and script, digits by digits, length and punctuation kept — drawn from a
 * generator seeded by the word under a random key per snapshot, so it cannot be reversed by hashing
 * guessed names, and the same word gets the same placeholder everywhere in one snapshot.
 */

/** A word's placeholder under `key`, the same for the same word. */
export function placeholders(key: Uint32Array): (original: string) => string {
  const cache = new Map<string, string>();
  const capital = capitalSubstitution(key);
  return (original) => {
    let placeholder = cache.get(original);
    if (placeholder === undefined) {
      placeholder = INITIALS.test(original)
        ? original.replace(/[A-Z]/g, capital)
        : sameShape(original, seeded(hash(original, key))).replace(/^[A-Z]/, () => capital(original[0]!));
      cache.set(original, placeholder);
    }
    return placeholder;
  };
}

export function randomKey(): Uint32Array {
  return crypto.getRandomValues(new Uint32Array(4));
}

/** Letters by letters of the same case and script, digits by digits; everything else as it was. */
function sameShape(original: string, next: () => number): string {
  let out = '';
  for (const char of original) {
    const pick = (from: number, count: number) => String.fromCodePoint(from + Math.floor(next() * count));
    if (/\p{N}/u.test(char)) out += pick(48, 10);
    else if (/\p{Lu}/u.test(char)) out += pick(65, 26);
    else if (/\p{Script=Hangul}/u.test(char)) out += pick(0xac00, 11172);
    else if (/\p{Script=Han}/u.test(char)) out += pick(0x4e00, 20902);
    else if (/\p{Script=Hiragana}/u.test(char)) out += pick(0x3041, 86);
    else if (/\p{Script=Katakana}/u.test(char)) out += pick(0x30a1, 90);
    // Scripts without capitals keep their script: a name in them is read by its script (structural-lead-name.ts).
    else if (/\p{Script=Arabic}/u.test(char) && /\p{L}/u.test(char)) out += pick(0x0621, 26);
    else if (/\p{Script=Hebrew}/u.test(char) && /\p{L}/u.test(char)) out += pick(0x05d0, 27);
    else if (/\p{L}/u.test(char)) out += pick(97, 26);
    else out += /\p{M}/u.test(char) ? '' : char;
  }
  return out;
}

/**
 * An avatar's initials ("FA") stand beside the name they abbreviate ("Fernanda Almeida"), and the readers
 * drop them by that match: a capital that starts a word and the capitals of an all-capitals word of up to
 * three letters go through one substitution of A–Z per snapshot, so "FA" and "Fernanda Almeida" still
 * match once redacted. It keeps only which words share an initial, under a random key.
 */
const INITIALS = /^[A-Z]{1,3}$/;

function capitalSubstitution(key: Uint32Array): (letter: string) => string {
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const next = seeded(hash('initials', key));
  for (let index = letters.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [letters[index], letters[other]] = [letters[other]!, letters[index]!];
  }
  return (letter) => letters[letter.charCodeAt(0) - 65] ?? letter;
}

/** FNV-1a over the word and the key: a seed, not a secret (the key is). */
function hash(word: string, key: Uint32Array): number {
  let value = 0x811c9dc5 ^ key[0]!;
  for (let index = 0; index < word.length; index++) value = Math.imul(value ^ word.charCodeAt(index), 0x01000193);
  for (let index = 1; index < key.length; index++) value = Math.imul(value ^ key[index]!, 0x01000193);
  return value >>> 0;
}

/** mulberry32: a small, fast generator for the placeholder's letters. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
