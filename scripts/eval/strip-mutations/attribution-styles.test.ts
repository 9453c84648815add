import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random';
import { readAttribution, rewriteAttribution } from './attribution-styles';

describe('readAttribution', () => {
  it('reads the family and the quoted name, verb last or first', () => {
    expect(readAttribution('On Wed, 2 Dec 2026 at 09:15, Harbor Candle Co. <hello@harbor.test> wrote:')).toEqual({
      family: 'germanic',
      lang: 'en',
      name: 'Harbor Candle Co. <hello@harbor.test>',
    });
    expect(readAttribution('Am 02.12.2026 um 09:15 schrieb Kerzen Laden <a@b.test>:')?.name).toBe('Kerzen Laden <a@b.test>');
    expect(readAttribution('Le 2 déc. 2026 à 09:15, Bougies SARL a écrit :')).toMatchObject({ family: 'romance', name: 'Bougies SARL' });
    expect(readAttribution('2. 12. 2026 v 9:15 Svíčky s.r.o. napsal(a):')).toMatchObject({ family: 'slavic', name: 'Svíčky s.r.o.' });
  });

  it('reads no line without a date, or one that is not an attribution', () => {
    expect(readAttribution('On it, our team wrote:')).toBeUndefined();
    expect(readAttribution('Thanks for the quick reply on 2 Dec.')).toBeUndefined();
  });
});

describe('rewriteAttribution', () => {
  it('writes the same name in another language of the same family', () => {
    const attribution = readAttribution('Il giorno 02/12/2026 alle ore 09:15 Candele Srl <c@d.test> ha scritto:')!;
    for (const seed of ['1', '2', '3', '4']) {
      const line = rewriteAttribution(attribution, seededRandom(seed));
      expect(line).toContain('Candele Srl <c@d.test>');
      expect(line).not.toMatch(/ha scritto/);
      expect(readAttribution(line)?.family).toBe('romance');
    }
  });
});
