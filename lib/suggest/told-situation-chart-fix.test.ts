import { describe, expect, it } from 'vitest';
import { reading } from '@/lib/suggest/testing/sure-reading';
import { readAsTold } from '@/lib/suggest/told-situation';

/** Session 18: "fix your size chart" is feedback (LABELS.md, held-out 17's call), not a change to the order. */
describe('readAsTold: the size chart asked to be fixed', () => {
  it.each([
    'And you should fix your size chart, others will have the same problem.',
    'Die Maße stimmen nicht, das sollten Sie korrigieren.',
    'Vous devriez corriger votre guide des tailles.',
    'Deberíais corregir la guía de tallas.',
    '그리고 사이즈표 좀 수정해주세요.',
    'サイズ表を修正していただけると助かります。',
  ])('%j read as modify_order is feedback', (clause) => {
    expect(readAsTold(clause, reading('modify_order', 0.6), true)?.intent).toBe('feedback');
  });

  it('leaves a sure reading it is not mistaken for alone', () => {
    expect(readAsTold('Die Rechnung ist falsch, das sollten Sie korrigieren.', reading('invoice', 0.9), true)).toBeUndefined();
  });
});
