/**
 * Hashed bag of word unigrams, word bigrams and character n-grams. Hashing keeps the model a
 * fixed size whatever the vocabulary, and character n-grams carry typos ("recieved"),
 * inflections (German, French, Spanish), Korean particles and unspaced Japanese ("주문한", "주문이") to shared features.
 */
import { pivotsOf } from '@/lib/suggest/lexicon';
import { PLACEHOLDER_TOKENS, tokenize } from '@/lib/suggest/normalize';

export interface FeatureConfig {
  /** Number of hash buckets, a power of two. */
  buckets: number;
  charMin: number;
  charMax: number;
  /** Relative weight of the character n-gram block against the word block. */
  charWeight: number;
  /** One block alone (a member of an ensemble); absent = both. */
  blocks?: 'words' | 'chars';
}

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** FNV-1a, 32 bit: tiny, deterministic, identical in Node and the browser. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hangul, kana and Han: scripts that pack a word into one or two characters. */
const DENSE_SCRIPT = /[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]/;

/** No word is longer; a run of 20 000 "x" or a base64 blob gets the grams of its start only. */
const MAX_GRAM_TOKEN = 64;

function charGrams(token: string, config: FeatureConfig, out: string[]): void {
  const padded = token.length > MAX_GRAM_TOKEN ? `<${token.slice(0, MAX_GRAM_TOKEN)}` : `<${token}>`;
  // Hangul syllables and kanji pack a whole word stem into two characters, so shorter grams are
  // needed; Japanese writes no spaces, so its "token" is a whole clause and grams find the words.
  const min = DENSE_SCRIPT.test(token) ? 2 : config.charMin;
  for (let n = min; n <= config.charMax; n++) {
    for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
  }
}

function addHashed(map: Map<number, number>, key: string, weight: number, buckets: number): void {
  const h = hash(key);
  // The top bit picks a sign so that colliding features tend to cancel instead of adding up.
  const sign = h & 0x80000000 ? -1 : 1;
  const index = h & (buckets - 1);
  map.set(index, (map.get(index) ?? 0) + sign * weight);
}

export function extractFeatures(text: string, config: FeatureConfig): SparseVector {
  const tokens = tokenize(text);
  const words = new Map<number, number>();
  const chars = new Map<number, number>();
  const seen = new Set<string>();
  const grams: string[] = [];
  const addWord = (feature: string) => addHashed(words, feature, 1, config.buckets);
  const addUnigram = (word: string) => {
    const unigram = `w:${word}`;
    if (!seen.has(unigram)) addWord(unigram);
    seen.add(unigram);
  };
  tokens.forEach((token, i) => {
    addUnigram(token);
    for (const pivot of pivotsOf(token)) addUnigram(pivot);
    const next = tokens[i + 1];
    if (next !== undefined) addWord(`b:${token} ${next}`);
    if (!PLACEHOLDER_TOKENS.has(token)) charGrams(token, config, grams);
  });
  for (const gram of new Set(grams)) addHashed(chars, `c:${gram}`, 1, config.buckets);
  if (tokens.length === 0) addHashed(words, 'w:<empty>', 1, config.buckets);
  if (config.blocks === 'words') return combine(words, new Map(), 0);
  if (config.blocks === 'chars') return combine(new Map(), chars, 1);
  return combine(words, chars, config.charWeight);
}

/** Each block is L2-normalised on its own so long emails and short chat lines weigh the same. */
function combine(words: Map<number, number>, chars: Map<number, number>, charWeight: number): SparseVector {
  const merged = new Map<number, number>();
  const blocks: Array<[Map<number, number>, number]> = [
    [words, 1],
    [chars, charWeight],
  ];
  for (const [block, weight] of blocks) {
    let norm = 0;
    for (const v of block.values()) norm += v * v;
    if (norm === 0 || weight === 0) continue;
    const scale = weight / Math.sqrt(norm);
    for (const [index, v] of block) merged.set(index, (merged.get(index) ?? 0) + v * scale);
  }
  const indices = Int32Array.from(merged.keys());
  const values = Float32Array.from(indices, (index) => merged.get(index) ?? 0);
  return { indices, values };
}
