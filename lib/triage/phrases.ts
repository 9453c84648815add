/**
 * Finds word-list phrases in customer text. Latin-script phrases match whole words (so "court"
 * does not fire on "courtesy"), case- and accent-insensitively; Hangul and Japanese phrases match
 * as substrings, because particles attach to the word ("변호사를", "弁護士に").
 */
import { wordLists, WORD_SIGNALS, type WordSignal } from '@/lib/triage/word-lists';

export interface PhraseHit {
  signal: WordSignal;
  phrase: string;
  /** Offsets in the folded text (same length as the input for every script we fold). */
  start: number;
  end: number;
}

/** Lowercase, accents off, typographic apostrophes straight; Hangul recomposed after NFD. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

function compile(phrase: string): RegExp {
  const folded = fold(phrase);
  if (CJK.test(folded)) return new RegExp(escapeRegExp(folded), 'gu');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(folded)}(?![\\p{L}\\p{N}])`, 'gu');
}

let compiled: Array<{ signal: WordSignal; phrase: string; pattern: RegExp }> | undefined;

function patterns() {
  compiled ??= Object.values(wordLists()).flatMap((list) =>
    WORD_SIGNALS.flatMap((signal) => list[signal].map((phrase) => ({ signal, phrase, pattern: compile(phrase) }))),
  );
  return compiled;
}

/** Every hit of every phrase, in text order. `folded` must come from fold(). */
export function findPhrases(folded: string, only?: readonly WordSignal[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const { signal, phrase, pattern } of patterns()) {
    if (only && !only.includes(signal)) continue;
    pattern.lastIndex = 0;
    for (const match of folded.matchAll(pattern)) {
      hits.push({ signal, phrase, start: match.index, end: match.index + match[0].length });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function hasSignal(hits: PhraseHit[], signal: WordSignal): boolean {
  return hits.some((hit) => hit.signal === signal);
}
