import { describe, expect, it } from 'vitest';
import { singleLine } from './single-line';

describe('singleLine', () => {
  // The definition singleLine keeps, applied to the whole text however long it is.
  const naive = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().slice(0, max);

  it('gives what collapsing the whole text would, looking only at the head of a long one', () => {
    const pieces = ['word', ' ', '\n\n', '\u00a0', 'Grüße', '\t', '漢字', '  ', 'x'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 400; round++) {
      const max = [1, 5, 30, 120, 500][round % 5]!;
      const parts: string[] = [];
      for (let count = next() % 1200; count > 0; count--) parts.push(pieces[next() % pieces.length]!);
      const text = parts.join('');
      expect(singleLine(text, max)).toBe(naive(text, max));
    }
    const spacesThenWords = `${' \n'.repeat(5000)}Where is my parcel?${' '.repeat(3000)}`;
    expect(singleLine(spacesThenWords, 30)).toBe('Where is my parcel?');
    expect(singleLine(null)).toBe('');
  });
});
