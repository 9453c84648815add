import { describe, expect, it } from 'vitest';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';
import { itReadsAs } from '@/lib/suggest/testing/told-situation-cases';

/** Session 22, from held-out 22's classes after its first run (situation-cues.json, tuned on), six languages each, in other words than the set's. */
describe('readAsTold: a discount asked for who the customer is', () => {
  itReadsAs('discount_request', [
    { language: 'en', text: 'Do you offer a senior discount on the garden furniture?', read: 'pre_sale_question' },
    { language: 'de', text: 'Gibt es bei Ihnen einen Seniorenrabatt?', read: 'product_question' },
    { language: 'fr', text: 'Faites-vous une réduction pour les retraités ?', read: 'pre_sale_question' },
    { language: 'es', text: '¿Tenéis algún descuento para jubilados?', read: 'product_question' },
    { language: 'ko', text: '오래 이용한 단골인데 예전 가격으로 해 주실 수 있나요?', read: 'pre_sale_question' },
    { language: 'ja', text: '株主優待は通販でも使えますか。', read: 'pre_sale_question' },
  ]);

  it('leaves the status told alone, and keeps it registered on the account', () => {
    expect(readStory('I have been a loyal customer for years.')).toBeUndefined();
    expect(readAs('Can you note on my profile that I am a long-standing customer?', 'account')).toBe('account');
  });
});

describe('readAsTold: a call back asked', () => {
  itReadsAs('contact_request', [
    { language: 'en', text: 'Could someone call me back after six, please?', read: 'complaint' },
    { language: 'de', text: 'Können Sie mich bitte morgen früh zurückrufen?', read: 'address_change' },
    { language: 'fr', text: 'Pourriez-vous me rappeler demain matin ?', read: 'return_request' },
    { language: 'es', text: '¿Me llamen mañana por la tarde, por favor?', read: 'refund' },
    { language: 'ko', text: '오후에 전화 주실 수 있나요?', read: 'address_change' },
    { language: 'ja', text: '夕方以降にお電話いただけますか。', read: 'damaged_item' },
  ]);

  it('leaves a call told, not asked', () => {
    expect(readStory('Your driver said he would call me back but never did.')).toBeUndefined();
  });
});

describe('readAsTold: a payment asked to be checked', () => {
  itReadsAs('payment_issue', [
    { language: 'en', text: 'Can you confirm my payment arrived? The order still says unpaid.', read: 'pre_sale_question' },
    { language: 'de', text: 'Können Sie den Zahlungseingang bitte prüfen?', read: 'product_question' },
    { language: 'fr', text: 'Pouvez-vous vérifier mon paiement par virement ?', read: 'pre_sale_question' },
    { language: 'es', text: '¿Podéis comprobar mi pago? Hice la transferencia el lunes.', read: 'discount_request' },
    { language: 'ko', text: '입금 확인 좀 해 주시겠어요?', read: 'pre_sale_question' },
    { language: 'ja', text: '銀行振込の入金確認をお願いできますか。', read: 'pre_sale_question' },
  ]);

  it('keeps where the parcel is asked after the payment', () => {
    expect(readAs('Once you have received my payment, when does it ship?', 'where_is_my_order')).toBe('where_is_my_order');
  });
});
