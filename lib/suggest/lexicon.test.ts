import { describe, expect, it } from 'vitest';
import { pivotsOf } from '@/lib/suggest/lexicon';
import { tokenize } from '@/lib/suggest/normalize';

const pivotsIn = (text: string) => tokenize(text).flatMap(pivotsOf);

describe('pivotsOf', () => {
  it('maps German, Spanish, French and Korean stems onto the English word', () => {
    expect(pivotsIn('Bitte stornieren')).toContain('cancel');
    expect(pivotsIn('quiero anular el pedido')).toEqual(expect.arrayContaining(['cancel', 'order']));
    expect(pivotsIn('mon remboursement')).toContain('refund');
    expect(pivotsIn('환불은 언제 되나요')).toEqual(expect.arrayContaining(['refund', 'when']));
  });

  it('finds a stem inside a German compound, but only a long stem inside a long word', () => {
    expect(pivotsOf('lieferadresse')).toEqual(expect.arrayContaining(['deliver', 'address']));
    expect(pivotsOf('kundenkonto')).toContain('account');
    expect(pivotsOf('mengenrabatt')).toContain('discount');
    // "fehl" (missing) is too short to be looked for inside "empfehlen" (recommend).
    expect(pivotsOf('empfehlen')).toEqual([]);
  });

  it('matches short words only whole, so English words are left alone', () => {
    expect(pivotsOf('wo')).toEqual(['where']);
    expect(pivotsOf('would')).toEqual([]);
    expect(pivotsOf('personal')).toEqual([]);
  });
});
