import { describe, expect, it } from 'vitest';
import { asToldRemedy, readAsTold } from '@/lib/suggest/told-situation';
import { reading } from '@/lib/suggest/testing/sure-reading';

/** Session 18, from held-out 18 (tuned on): whether a return is still accepted is return_request (LABELS.md's return row). */
describe('readAsTold: a return still accepted, asked', () => {
  it.each([
    'Would you still accept the return, as an exception?',
    'Würden Sie die Rücksendung akzeptieren, obwohl die Frist vorbei ist?',
    'Est-ce que vous accepteriez quand même le retour exceptionnellement ?',
    '¿Aceptaríais la devolución aunque hayan pasado 35 días?',
    '기간이 지났는데 반품 받아주실 수 있나요?',
    '期限を過ぎていますが、返品を受け付けていただけますか。',
  ])('%j read as pre_sale_question is return_request', (clause) => {
    expect(readAsTold(clause, reading('pre_sale_question', 0.8), true)?.intent).toBe('return_request');
  });

  it('counts only when asked', () => {
    expect(readAsTold('You said you would accept the return.', reading('product_question', 0.8), true)).toBeUndefined();
  });
});

describe('asToldRemedy: "duties included" told before duties collected is their story', () => {
  it('reads the told shipping promise as the duties charge, one payment_issue request', () => {
    const clauses = [
      { text: 'Your shop says deliveries to Switzerland are duty paid.', start: 0, end: 55 },
      { text: 'Today the post wanted CHF 38 in customs and handling fees.', start: 56, end: 114 },
    ];
    const requests = asToldRemedy(clauses, [
      { ...reading('shipping_question', 0.69), start: 0, end: 55 },
      { ...reading('payment_issue', 0.6), start: 56, end: 114 },
    ]);
    expect(requests.map((r) => r.intent)).toEqual(['payment_issue']);
  });
});
