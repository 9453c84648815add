/**
 * A rough language guess: the script for Korean and Japanese, the commonest function words for
 * the four Latin-script languages (function-words.json). Training only: it wraps a training clause
 * in mail furniture of its own language (augment.ts) and splits the cross-validated confusions by
 * language (cv-confusion.ts).
 */
import functionWords from '@/lib/suggest/function-words.json';

export type GuessedLanguage = 'en' | 'de' | 'fr' | 'es' | 'ko' | 'ja';

const LATIN_LISTS = Object.entries(functionWords).map(([language, words]) => [language as GuessedLanguage, new Set(words)] as const);

/** Takes lower-cased, accent-folded tokens (normalize.ts) or raw text split into words. */
function guessLanguageOfTokens(tokens: readonly string[]): GuessedLanguage {
  if (tokens.some((t) => /[\uac00-\ud7a3]/.test(t))) return 'ko';
  if (tokens.some((t) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(t))) return 'ja';
  let best: GuessedLanguage = 'en';
  let bestScore = 0;
  for (const [language, list] of LATIN_LISTS) {
    const score = tokens.filter((t) => list.has(t)).length;
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return best;
}

export function guessLanguage(text: string): GuessedLanguage {
  // Hangul is checked before NFD, which would take its syllables apart into jamo.
  if (/[\uac00-\ud7a3]/.test(text)) return 'ko';
  const words =
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .match(/[\p{L}]+/gu) ?? [];
  return guessLanguageOfTokens(words);
}
