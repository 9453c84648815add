import { describe, expect, it } from 'vitest';
import { asToldRemedy, readAsTold } from '@/lib/suggest/told-situation';
import { reading } from '@/lib/suggest/testing/sure-reading';

/** Session 18: a promised discount asked for after all is discount_request, however the model reads the ask. */
describe('readAsTold: a promised discount asked for', () => {
  it.each([
    'Could you still give me the 10% on the boots?',
    'Können Sie mir die 10 % Rabatt noch nachträglich geben?',
    'Pouvez-vous quand même appliquer les 10 % de réduction ?',
    '¿Me podéis aplicar el 15 % de descuento?',
    '10% 할인 아직 적용해 주실 수 있나요?',
    '10%オフを適用していただけますか。',
  ])('%j read as where_is_my_order is discount_request', (clause) => {
    expect(readAsTold(clause, reading('where_is_my_order', 0.8), true)?.intent).toBe('discount_request');
  });

  it('makes no request of a discount told in a story, and keeps a sure payment reading', () => {
    expect(readAsTold('I used the promo code from your newsletter.', reading('other', 0.7), false)).toBeUndefined();
    // The double charge may be chargedUnasked's own payment_issue (session 23); the code never turns it into a discount.
    expect(readAsTold('The promo code was charged twice on my card.', reading('payment_issue', 0.9), true)?.intent ?? 'payment_issue').toBe(
      'payment_issue',
    );
  });

  it('reads "send me the code" after the promise told as the discount asked', () => {
    const told = 'Your newsletter says subscribers get 15 % de descuento in their birthday month.';
    const asked = '¿Me podéis mandar el código?';
    const clauses = [
      { text: told, start: 0, end: told.length },
      { text: asked, start: told.length + 1, end: told.length + 1 + asked.length },
    ];
    const requests = asToldRemedy(clauses, [{ ...reading('address_change', 0.59), start: clauses[1]!.start, end: clauses[1]!.end }]);
    expect(requests.map((r) => r.intent)).toEqual(['discount_request']);
  });
});
