import { describe, expect, it } from 'vitest';
import { anyOf, cueSource, spansOf, WORD_EDGE } from '@/lib/suggest/policy-lint-regex';

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

describe('cueSource: a word edge beside a plain letter is one lookaround', () => {
  /** Every \b as the full two-sided edge: what the cheaper edges must agree with. */
  const reference = (source: string) =>
    new RegExp(cueSource(source.replaceAll(String.raw`\b`, '\u0000')).replaceAll('\u0000', WORD_EDGE), 'giu');
  const matches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
  const cues = [
    String.raw`\bstar\b`,
    String.raw`\b5\s+stars?\b`,
    String.raw`\bs?tar\b`,
    String.raw`\b(?:rate|review)\s\b`,
    String.raw`\bé?toiles\b`,
    String.raw`\s\bus\b`,
    String.raw`\bcafé\b`,
    String.raw`\b\d+\s?%\b`,
    String.raw`\b[\p{L}]+_x\b`,
    String.raw`\bリ\b`,
    String.raw`\bx?-1`,
    String.raw`\b(?:could|would|can)\s+you\b`,
    String.raw`\b(?:rate|s?tar)\b`,
    String.raw`\b(?:star|)\b`,
    String.raw`\b(?:star|rate)?s\b`,
    String.raw`\b(?:(?:re)?view|rate)\b`,
    String.raw`\b(?:st[a(]r|rate)\b`,
    String.raw`\b(?:café|star)\b`,
    String.raw`\b(star|rate)\b`,
    String.raw`\bétoiles?\b`,
    String.raw`\b(?:écrit|dit)\b`,
    String.raw`\breviews?\b`,
    String.raw`\b(?:stars?|rates+)\b`,
    String.raw`\b(?:(?:re)view|rate)\b`,
    String.raw`\b(?:x|(?:re)?view)s?\b`,
    String.raw`\b(?:мир|star)\b`,
    String.raw`\b리뷰\b`,
  ];
  const texts = [
    'a star, stars, 5 stars!',
    'tar star_ 5star 5  stars',
    'rate  review me',
    'étoiles toiles étoilesé',
    'tell us',
    'café cafés',
    '10% 10 %x 10%é',
    'ab_x cd_xé',
    'リ リス ア リ',
    'stär star Ωstar star9',
    'ax-1 a-1 -1 x-1',
    'could you, would  you? canyou xcan you you',
    'rate tar star srate stars _rate',
    'stars rates s view review reviews',
    'st(r stars café cafés étar',
    'ÉTOILES étoile étoilesx xétoile ÉCRIT dit édit dité',
    'review reviews reviewss xreviews REVIEWS revieW ſtar ſtars',
    'rates ratess rate9 rateſ review view reviews xs xview',
    'мир мирx star мир star',
    '리뷰 리뷰를 x리뷰 리뷰',
  ];

  it('matches exactly what the full edge matches', () => {
    for (const source of cues) {
      const fast = new RegExp(cueSource(source), 'giu');
      for (const text of texts) expect(matches(fast, text), `${source} on ${text}`).toEqual(matches(reference(source), text));
    }
  });

  it('leaves the two-sided edge only where no letter that must be there fixes a side', () => {
    expect(cueSource(String.raw`\bstar\b`)).not.toContain(WORD_EDGE);
    expect(cueSource(String.raw`\bs?tar\b`)).toContain(WORD_EDGE);
    expect(cueSource(String.raw`\s\b\d`)).toContain(WORD_EDGE);
    expect(cueSource(String.raw`\s\bus`)).not.toContain(WORD_EDGE);
    expect(cueSource(String.raw`\b(?:could|can)\s+you`)).not.toContain(WORD_EDGE);
    expect(cueSource(String.raw`x(?:star|rate)\b`)).not.toContain(WORD_EDGE);
    expect(cueSource(String.raw`\b(?:star|s?tar)`)).toContain(WORD_EDGE);
    expect(cueSource(String.raw`\b(?:star|rate)?x`)).toContain(WORD_EDGE);
    expect(cueSource(String.raw`(?:star|café)\b`)).not.toContain(WORD_EDGE);
    expect(cueSource(String.raw`\breviews?\b`)).not.toContain(WORD_EDGE);
    expect(cueSource(String.raw`\b(?:(?:re)view|rate)\b`)).not.toContain(WORD_EDGE);
    // Cyrillic letters fold with some outside the letter ranges, so they fix no side.
    expect(cueSource(String.raw`(?:star|мир)\b`)).toContain(WORD_EDGE);
    expect(cueSource(String.raw`\b(?:x|y)?s\b`)).toContain(WORD_EDGE);
    expect(cueSource(String.raw`\b(?:(?:re)?view|rate)`)).toContain(WORD_EDGE);
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

  it('shares one word-start lookbehind among consecutive cues and matches what the cues one by one would', () => {
    const cues = [
      String.raw`\bstars? or more\b`,
      String.raw`\bstar`,
      String.raw`\brate|review\b`,
      String.raw`\s\bus\b`,
      String.raw`\b(?:could|can)\s+you\b`,
      String.raw`\bcan\b`,
      String.raw`(?:é|e)toile\b`,
    ];
    const oneByOne = new RegExp(cues.map((cue) => `(?:${cueSource(cue)})`).join('|'), 'giu');
    const grouped = anyOf(cues, 'giu');
    expect(grouped.source).not.toBe(oneByOne.source);
    const text = 'five stars or more, 4stars, a prereview, rerate review; tell us, could you, can you, cannot, étoile, toile';
    const found = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
    expect(found(grouped)).toEqual(found(oneByOne));
    // "prereview": the cue with its own "|" keeps its word start on "rate" only.
    expect(found(grouped).slice(0, 3)).toEqual(['5:stars or more', '33:review', '48:review']);
  });
});

describe('anyOf: shared word ends', () => {
  it('puts consecutive cues that end at a word end before one lookahead and matches what the cues one by one would', () => {
    const cues = [
      String.raw`\bstar\b`,
      String.raw`\bstars\b`,
      String.raw`\bst\w*`,
      String.raw`x?rate\b`,
      String.raw`y?rates\b`,
      String.raw`(?:a|b)\b|c`,
      String.raw`\b(?:étoile|note)s?\b`,
    ];
    const oneByOne = new RegExp(cues.map((cue) => `(?:${cueSource(cue)})`).join('|'), 'giu');
    const grouped = anyOf(cues, 'giu');
    const lookaheads = (pattern: RegExp) => pattern.source.split('(?![').length;
    expect(lookaheads(grouped)).toBeLessThan(lookaheads(oneByOne));
    const text = 'stars star starx stop, xrates rates yrate rated, a b ab c ca, étoiles notes notesé étoile';
    const found = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
    expect(found(grouped)).toEqual(found(oneByOne));
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
