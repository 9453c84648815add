import { describe, expect, it } from 'vitest';
import { anyOf, cueSource, spansOf } from '@/lib/suggest/policy-lint-regex';

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

describe('anyOf: one pattern for a whole word list', () => {
  it('tests a sentence for any cue, with word edges and case folded', () => {
    const cue = anyOf([String.raw`\bcoupon\b`, String.raw`\bgutschein\b`]);
    expect(cue.test('Ihr GUTSCHEIN ist abgelaufen.')).toBe(true);
    expect(cue.test('The couponing guide')).toBe(false);
  });

  it('with the g flag finds every match, of any cue, in order', () => {
    const cue = anyOf([String.raw`\bbought\b`, String.raw`\bgrab\b`], 'giu');
    const found = [...'Those who bought the knife grab the rod, and bought more.'.matchAll(cue)].map((m) => m[0]);
    expect(found).toEqual(['bought', 'grab', 'bought']);
  });
});

describe('spansOf: every match as a span of the text', () => {
  it('keeps each match with its offsets, in order', () => {
    const text = '[Important] and 【重要】';
    expect(spansOf(/\[Important\]|【重要】/gu, text)).toEqual([
      { start: 0, end: 11, text: '[Important]' },
      { start: 16, end: 20, text: '【重要】' },
    ]);
  });
});
