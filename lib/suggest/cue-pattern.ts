/**
 * One regex source for cue words given per language (request-cues.json, lead-cues.json): Korean
 * and Japanese cues are word endings or run into the next word (no spaces), so they match anywhere;
 * the others only as whole words.
 */
import { escapeRegExp } from '@/lib/ticket/regex-fragments';

export function cueAlternatives(byLanguage: Record<string, readonly string[]>): string {
  const latin = Object.entries(byLanguage).flatMap(([language, words]) => (language === 'ko' || language === 'ja' ? [] : words));
  const dense = [...(byLanguage.ko ?? []), ...(byLanguage.ja ?? [])];
  return `(?<![\\p{L}'])(?:${latin.map(escapeRegExp).join('|')})(?![\\p{L}])|${dense.map(escapeRegExp).join('|')}`;
}
