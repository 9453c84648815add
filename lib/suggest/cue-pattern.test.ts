import { describe, expect, it } from 'vitest';
import { cueAlternatives } from '@/lib/suggest/cue-pattern';

describe('cueAlternatives', () => {
  const pattern = new RegExp(cueAlternatives({ en: ['please', 'could you'], de: ['bitte'], ko: ['주세요'], ja: ['ください'] }), 'iu');

  it('matches other languages as whole words only', () => {
    expect(pattern.test('Could you check it')).toBe(true);
    expect(pattern.test('Bitte prüfen')).toBe(true);
    expect(pattern.test('pleased with it')).toBe(false);
    expect(pattern.test("it's pleasee")).toBe(false);
  });

  it('matches Korean and Japanese cues inside a word, and escapes what it joins', () => {
    expect(pattern.test('확인해주세요')).toBe(true);
    expect(pattern.test('送ってください')).toBe(true);
    expect(new RegExp(cueAlternatives({ en: ['a.b'], ko: ['요?'] }), 'iu').test('axb 요')).toBe(false);
  });
});
