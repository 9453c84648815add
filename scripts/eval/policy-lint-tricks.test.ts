import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random';
import { applyTrick, TRICKS } from './policy-lint-tricks';

const TEXT = 'Thanks! Please leave us a glowing review. Bye.';
const START = TEXT.indexOf('Please');
const END = TEXT.indexOf(' Bye');
const variant = (trick: (typeof TRICKS)[number], text = TEXT, start = START, end = END) =>
  applyTrick(text, start, end, trick, seededRandom(`test:${trick}`));

describe('the seller tricks the lint eval applies', () => {
  it('changes only the stretch it is given, the same way for the same seed', () => {
    for (const trick of TRICKS) {
      const out = variant(trick);
      expect(out.startsWith('Thanks! ')).toBe(true);
      expect(out.endsWith(' Bye.')).toBe(true);
      expect(out).not.toBe(TEXT);
      expect(variant(trick)).toBe(out);
    }
  });

  it('spells out words of three letters or more, words three spaces apart', () => {
    expect(variant('spaced letters')).toBe('Thanks! P l e a s e   l e a v e   us   a   g l o w i n g   r e v i e w. Bye.');
  });

  it('widens Latin letters, writes entities and breaks one line before a lower-case word', () => {
    expect(variant('full-width Latin')).toContain('ｒｅｖｉｅｗ');
    expect(variant('HTML entities')).toMatch(/&#x?[0-9a-f]+;/);
    expect(variant('line break').match(/\n/g)).toHaveLength(1);
    expect(variant('line break')).toMatch(/\n\p{Ll}/u);
  });

  it('puts emoji between words, and between the characters of a script without spaces', () => {
    expect(variant('emoji between words')).toMatch(/ \p{Extended_Pictographic}\uFE0F? /u);
    const japanese = 'レビューをお願いします。';
    expect(variant('emoji between words', japanese, 0, 11)).toMatch(
      /[\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Han}]\p{Extended_Pictographic}/u,
    );
  });
});
