/**
 * The word lists the readers match page text against (labels, greetings, events, in every language
 * the readers know), held for the reader modules. They are data, and the larger part of a content
 * script's bytes once compressed: a content script is given them by the background at start
 * (lib/content-script/reader-words-load.ts, parsed with zod), every other context with
 * lib/sites/reader-words-data.ts. Both give the same lists to the same reading code.
 */
import type { ReaderWords } from '@/lib/schemas/reader-words';

let current: ReaderWords | undefined;

export function giveReaderWords(words: ReaderWords): void {
  current = words;
}

export function readerWordsLoaded(): boolean {
  return current !== undefined;
}

/** The words given. Reading before any were given is a bug of the caller's start-up: it throws. */
export function readerWords(): ReaderWords {
  if (!current) throw new Error('Deskpilot: the reader word lists were not given');
  return current;
}

/** A value built from the words on first use (a pattern, a set), built again when other words are given. */
export function fromWords<T>(build: (words: ReaderWords) => T): () => T {
  let builtFrom: ReaderWords | undefined;
  let value: T;
  return () => {
    const words = readerWords();
    if (builtFrom !== words) {
      value = build(words);
      builtFrom = words;
    }
    return value;
  };
}

/**
 * Plain phrases of a word list as one regex alternation, a space in a phrase optional ("받는 사람" also
 * matches "받는사람"): the lists hold no regex characters (their schema and comments say so).
 */
export const phraseAlternation = (phrases: readonly string[]): string => phrases.join('|').replaceAll(' ', '\\s?');
