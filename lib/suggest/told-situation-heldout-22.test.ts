import { describe, expect, it } from 'vitest';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';

/** Session 22, from held-out 22's classes after its first run (situation-cues.json, tuned on), six languages each, in other words than the set's. */
describe('readAsTold: a discount asked for who the customer is', () => {
  it.each([
    ['Do you offer a senior discount on the garden furniture?', 'pre_sale_question'],
    ['Gibt es bei Ihnen einen Seniorenrabatt?', 'product_question'],
    ['Faites-vous une réduction pour les retraités ?', 'pre_sale_question'],
    ['¿Tenéis algún descuento para jubilados?', 'product_question'],
    ['오래 이용한 단골인데 예전 가격으로 해 주실 수 있나요?', 'pre_sale_question'],
    ['株主優待は通販でも使えますか。', 'pre_sale_question'],
  ] as const)('%j read as %s is discount_request', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('discount_request');
  });

  it('leaves the status told alone, and keeps it registered on the account', () => {
    expect(readStory('I have been a loyal customer for years.')).toBeUndefined();
    expect(readAs('Can you note on my profile that I am a long-standing customer?', 'account')).toBe('account');
  });
});

describe('readAsTold: a call back asked', () => {
  it.each([
    ['Could someone call me back after six, please?', 'complaint'],
    ['Können Sie mich bitte morgen früh zurückrufen?', 'address_change'],
    ['Pourriez-vous me rappeler demain matin ?', 'return_request'],
    ['¿Me llamen mañana por la tarde, por favor?', 'refund'],
    ['오후에 전화 주실 수 있나요?', 'address_change'],
    ['夕方以降にお電話いただけますか。', 'damaged_item'],
  ] as const)('%j read as %s is contact_request', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('contact_request');
  });

  it('leaves a call told, not asked', () => {
    expect(readStory('Your driver said he would call me back but never did.')).toBeUndefined();
  });
});

describe('readAsTold: a payment asked to be checked', () => {
  it.each([
    ['Can you confirm my payment arrived? The order still says unpaid.', 'pre_sale_question'],
    ['Können Sie den Zahlungseingang bitte prüfen?', 'product_question'],
    ['Pouvez-vous vérifier mon paiement par virement ?', 'pre_sale_question'],
    ['¿Podéis comprobar mi pago? Hice la transferencia el lunes.', 'discount_request'],
    ['입금 확인 좀 해 주시겠어요?', 'pre_sale_question'],
    ['銀行振込の入金確認をお願いできますか。', 'pre_sale_question'],
  ] as const)('%j read as %s is payment_issue', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('payment_issue');
  });

  it('keeps where the parcel is asked after the payment', () => {
    expect(readAs('Once you have received my payment, when does it ship?', 'where_is_my_order')).toBe('where_is_my_order');
  });
});
