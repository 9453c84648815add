import { describe, expect, it } from 'vitest';
import { lintReply } from '@/lib/suggest/policy-lint';
import { plainReadings } from '@/lib/suggest/policy-lint-plain';

const codes = (text: string) => lintReply(text, 'amazon-seller-central').violations.map((v) => v.code);

describe('a one-letter word beside a spelled-out word is read both as its own word and as the run’s letter', () => {
  it.each([
    ['en, "a" before the run', 'Refund done. While you wait, have a l o o k   a t   o u r   o t h e r kettles.', 'marketing'],
    ['fr, "à" before the run', 'Colis reparti. Jetez un œil à n o t r e   n o u v e a u coffret de Noël.', 'marketing'],
    ['es, "y" after the run', 'Ya está el reembolso. Si tiene dudas, l l á m e n o s y se lo explicamos.', 'phone_number'],
  ])('%s', (_case, reply, code) => {
    expect(codes(reply)).toContain(code);
  });

  it('reads a word spaced apart by wider gaps as one, and a run without a one-letter word one way', () => {
    expect(plainReadings('pas à d é c o u v r i r   a u s s i').map((r) => r.text)).toEqual([
      'pas àdécouvrir aussi',
      'pas à découvrir aussi',
    ]);
    expect(plainReadings('ein g u t e s Wort').map((r) => r.text)).toEqual(['ein gutes Wort']);
  });

  it('leaves a clean reply with spelled-out letters clean', () => {
    expect(codes('Ihr Paket kommt mit D H L, die Sendung ist a b c-frei verpackt.')).toEqual([]);
    expect(codes('La talla es la M, y e l   c o l o r es el azul que pidió.')).toEqual([]);
  });
});
