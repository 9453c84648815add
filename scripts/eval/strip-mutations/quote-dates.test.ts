import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random';
import { redateLine } from './quote-dates';

describe('redateLine', () => {
  it.each([
    ['On Tue, 3 Nov 2026 at 10:12, Shop <a@b.test> wrote:', /3 Nov 2026/],
    ['Am 03.11.2026 um 10:12 schrieb Laden:', /03\.11\.2026/],
    ['On November 3, 2026, Shop wrote:', /November 3, 2026/],
    ['Le 2026-11-03 à 10:12, Boutique a écrit :', /2026-11-03/],
  ])('writes the date of %j in another format, keeping the rest', (line, original) => {
    for (const seed of ['1', '2', '3']) {
      const out = redateLine(line, seededRandom(seed));
      expect(out).not.toMatch(original);
      expect(out).toMatch(/(?:11|Nov|November)\D+3\D|0?3\D+(?:11|Nov)/);
      expect(out.endsWith(line.slice(-8))).toBe(true);
    }
  });

  it('leaves a line without a date it can read as it is', () => {
    expect(redateLine('Le mardi, Boutique a écrit :', seededRandom('1'))).toBe('Le mardi, Boutique a écrit :');
    expect(redateLine('Total 45.99.2026 points', seededRandom('1'))).toBe('Total 45.99.2026 points');
  });
});
