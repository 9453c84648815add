import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';
import { itReadsAs } from '@/lib/suggest/testing/told-situation-cases';

/** Session 22, from held-out 21's leftovers (situation-cues.json, tuned on), in six languages each, in other words than the set's. */
describe('readAsTold: a transfer fee or a payment deadline asked before ordering', () => {
  itReadsAs('pre_sale_question', [
    { language: 'en', text: 'Who pays the transfer fee if I pay by bank?', read: 'product_question' },
    { language: 'de', text: 'Wie lang ist die Zahlungsfrist bei Vorkasse?', read: 'modify_order' },
    { language: 'fr', text: 'Les frais de virement sont-ils à ma charge ?', read: 'return_request' },
    { language: 'es', text: '¿Cuál es el plazo para pagar si elijo transferencia?', read: 'shipping_question' },
    { language: 'ko', text: '입금 기한이 주문 후 며칠인가요?', read: 'modify_order' },
    { language: 'ja', text: 'お支払いの期限は何日後になりますか。', read: 'modify_order' },
  ]);

  it('keeps a payment problem or a refund asked with the same words, and a fee only told', () => {
    expect(readAs('The payment deadline passed before I could pay, is my order lost?', 'payment_issue')).toBe('payment_issue');
    expect(readAs('Will you refund the transfer fee?', 'refund')).toBe('refund');
    expect(readStory('I paid the transfer fee myself.')).toBeUndefined();
  });
});

describe('readAsTold: a mail meant for a building manager or a hotel is other', () => {
  itReadsAs('other', [
    { language: 'en', text: 'After the owners’ meeting nobody has fixed the light in the communal hallway.' },
    { language: 'de', text: 'Auf der Eigentümerversammlung wurde die Dachreparatur beschlossen.' },
    { language: 'fr', text: 'Les parties communes n’ont pas été nettoyées depuis un mois.' },
    { language: 'es', text: 'En la junta de propietarios se aprobó arreglar el ascensor.' },
    { language: 'ko', text: '이번 달 관리비가 두 번 청구된 것 같습니다.' },
    { language: 'ja', text: '管理組合の総会で決まった修繕の件です。' },
    { language: 'en', text: 'We are booked for three nights from the 2nd of May.' },
    { language: 'de', text: 'Ich habe für zwei Personen ein Zimmer gebucht.' },
    { language: 'fr', text: 'Nous avons réservé une chambre pour le week-end.' },
    { language: 'es', text: 'Tenemos reservado una habitación para el puente.' },
    { language: 'ko', text: '다음 주 금요일에 2박으로 예약한 사람입니다.' },
    { language: 'ja', text: '来月3日から1泊の予約をしております。' },
  ]);

  it('reads the asks told after it as other too', () => {
    const mail =
      'Hello Mr Price,\n\nAfter the residents’ meeting the lift is still broken. Could you send an engineer this week?\n\nFlat 12';
    expect(classifyIntent(mail).intent).toBe('other');
    expect(classifyIntent('管理組合の理事会で話が出た件です。駐輪場の照明を交換していただけますか。').intent).toBe('other');
  });

  it('leaves a parcel asked to a hotel, and an order from a shop, alone', () => {
    expect(readAs('Could you deliver it to my hotel? I am staying there until Friday.', 'address_change')).toBeUndefined();
    expect(readStory('I bought the lamp for our hotel room.')).toBeUndefined();
  });
});

describe('one clause asking a cancel and when the money comes back asks both', () => {
  it.each([
    'The launch keeps slipping. Please cancel my pre-order and tell me when I will get my money back.',
    'Der Termin wird ständig verschoben. Bitte stornieren Sie die Vorbestellung und sagen Sie mir, wann ich mein Geld zurückbekomme.',
    'La date ne cesse de reculer. Merci d’annuler ma commande et de me dire quand je serai remboursée.',
    'La fecha se retrasa una y otra vez. Cancelad mi pedido y decidme cuándo me devolvéis el dinero.',
    '출시가 자꾸 늦어지네요. 주문 취소해 주시고 언제 환불되는지도 알려 주세요.',
    '発売日がまた延びました。注文をキャンセルしてください、返金はいつになりますか。',
  ])('%j', (text) => {
    expect(classifyIntent(text).requests.map((r) => r.intent)).toEqual(['cancel_order', 'refund']);
  });
});
