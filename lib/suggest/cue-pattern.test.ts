import { describe, expect, it } from 'vitest';
import { cueAlternatives, foldForCues } from '@/lib/suggest/cue-pattern';

describe('cueAlternatives', () => {
  const pattern = new RegExp(cueAlternatives({ en: ['please', 'could you'], de: ['bitte'], ko: ['주세요'], ja: ['ください'] }), 'iu');

  it('matches other languages as whole words only', () => {
    expect(pattern.test('Could you check it')).toBe(true);
    expect(pattern.test('Bitte prüfen')).toBe(true);
    expect(pattern.test('pleased with it')).toBe(false);
    expect(pattern.test("it's pleasee")).toBe(false);
  });

  it('matches a cue after an opening quote, never the end of a contraction or an elision', () => {
    const quoted = new RegExp(cueAlternatives({ en: ['where is'], fr: ['une'], ko: ['주세요'] }), 'iu');
    expect(quoted.test("I typed 'where is my parcel' into your chat")).toBe(true);
    expect(quoted.test("Il n'y en a qu'une")).toBe(false);
    expect(quoted.test("il m'en faut 'une' seule")).toBe(true);
  });

  it('matches Korean and Japanese cues inside a word, and escapes what it joins', () => {
    expect(pattern.test('확인해주세요')).toBe(true);
    expect(pattern.test('送ってください')).toBe(true);
    expect(new RegExp(cueAlternatives({ en: ['a.b'], ko: ['요?'] }), 'iu').test('axb 요')).toBe(false);
  });
});

describe('cueAlternatives with gaps in its lists', () => {
  const matches = (byLanguage: Record<string, readonly string[]>, text: string) => new RegExp(cueAlternatives(byLanguage), 'iu').test(text);

  it('matches nothing more when Korean and Japanese have no cues', () => {
    expect(matches({ en: ['please'], ko: [], ja: [] }, 'Thanks, all good.')).toBe(false);
    expect(matches({ en: ['please'] }, 'Please check')).toBe(true);
  });

  it('matches nothing more when the space-separated languages have no cues, or a cue is empty', () => {
    expect(matches({ en: [], de: [], ko: ['주세요'] }, 'Thanks, all good.')).toBe(false);
    expect(matches({ en: ['', 'please'], ja: ['', 'ください'] }, 'Thanks, all good.')).toBe(false);
    expect(matches({ en: [], ko: ['주세요'] }, '확인해주세요')).toBe(true);
  });

  it('matches nothing at all when no list has a word', () => {
    expect(matches({ en: [], ko: [] }, 'anything, even ? and 주세요')).toBe(false);
    expect(matches({}, '')).toBe(false);
  });
});

describe('foldForCues', () => {
  it('writes a text as the cue lists are written: the typographic apostrophe as "\'", full-width forms folded', () => {
    expect(foldForCues('I’m not asking for anything back')).toBe("I'm not asking for anything back");
    expect(foldForCues('ＤＨＬ ｄｏｅｓｎ’ｔ')).toBe("DHL doesn't");
  });
});
