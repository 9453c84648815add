import { describe, expect, it } from 'vitest';
import { cueSource } from '@/lib/suggest/policy-lint-regex';

const cue = (source: string) => new RegExp(cueSource(source), 'iu');

describe('cueSource: the word lists’ \\b and \\p{L} for the supported scripts', () => {
  it('puts a word edge beside accented letters, where JavaScript’s \\b would not', () => {
    expect(cue(String.raw`\bétoiles\b`).test('Laissez 5 étoiles.')).toBe(true);
    expect(cue(String.raw`\bétoiles\b`).test('constellations-étoilesques')).toBe(false);
    expect(cue(String.raw`\bstern\b`).test('fünf Sterne')).toBe(false);
    expect(cue(String.raw`\bavis\b`).test('Davis')).toBe(false);
    expect(cue(String.raw`\bÜberarbeiten\b`).test('bitte überarbeiten Sie')).toBe(true);
  });

  it('reads \\p{L} in a class as letters of Latin, Hangul, Kana and CJK', () => {
    const word = cue(String.raw`^[\p{L}-]+$`);
    for (const text of ['Zwei-Sterne-Bewertung', 'señal', '구매평', 'レビュー', '商品', 'Ｅｘ']) expect(word.test(text)).toBe(true);
    expect(word.test('5 stars')).toBe(false);
  });
});
