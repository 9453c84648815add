import { describe, expect, it } from 'vitest';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';
import { itReadsAs } from '@/lib/suggest/testing/told-situation-cases';

/** Session 23, from held-out 23's classes after its first run (situation-cues.json, tuned on), six languages each, in other words than the set's. */
describe('readAsTold: a lesson missed, told to a teacher', () => {
  itReadsAs('other', [
    { language: 'en', text: "Sorry, I can't make Tuesday's piano lesson, we're away.", read: 'cancel_order' },
    { language: 'de', text: 'Die Nachhilfestunde am Freitag muss leider ausfallen.', read: 'modify_order' },
    { language: 'fr', text: 'Mon fils ne pourra pas venir au cours de judo mercredi.', read: 'missing_item' },
    { language: 'es', text: 'Esta semana no podré ir a la clase de guitarra.', read: 'cancel_order' },
    { language: 'ko', text: '이번 주 바이올린 레슨은 못 갈 것 같아요.', read: 'modify_order' },
    { language: 'ja', text: '明日の教習は欠席させていただきます。', read: 'modify_order' },
  ]);
});

describe('readAsTold: an answer asked by another channel than mail', () => {
  itReadsAs('contact_request', [
    { language: 'en', text: 'Could you message me on WhatsApp about it?', read: 'payment_issue' },
    { language: 'de', text: 'Können Sie mir per WhatsApp Bescheid geben?', read: 'where_is_my_order' },
    { language: 'fr', text: 'Pouvez-vous me répondre par WhatsApp ?', read: 'damaged_item' },
    { language: 'es', text: '¿Me contestáis por WhatsApp, porfa?', read: 'payment_issue' },
    { language: 'ko', text: '카톡으로 연락 주실 수 있나요?', read: 'where_is_my_order' },
    { language: 'ja', text: 'LINEでご連絡いただけますか。', read: 'product_question' },
  ]);

  it('does not read "online" in Japanese as the LINE app', () => {
    expect(readAs('オンラインで打ち合わせのお時間をいただけますか。', 'other')).not.toBe('contact_request');
  });
});

describe('readAsTold: a charge not chosen or not due', () => {
  itReadsAs('payment_issue', [
    { language: 'en', text: 'You charged me twice for the same lamp.', read: 'account' },
    { language: 'de', text: 'Der Betrag wurde doppelt abgebucht.', read: 'cancel_order' },
    { language: 'fr', text: "J'ai deux prélèvements pour une seule commande.", read: 'invoice' },
    { language: 'es', text: 'Me han cobrado la garantía ampliada y no la pedí.', read: 'product_question' },
    { language: 'ko', text: '카드에서 이중 결제가 되었어요.', read: 'account' },
    { language: 'ja', text: 'カードに二重に請求されています。', read: 'cancel_order' },
  ]);

  it('keeps the money back asked after it a refund', () => {
    expect(readAs('You charged me twice, please refund one of them.', 'refund')).not.toBe('payment_issue');
    expect(readStory('My bank says nothing was taken yet.')).toBeUndefined();
  });
});

describe('readAsTold: what the shop should really do better', () => {
  itReadsAs('feedback', [
    { language: 'en', text: 'You really should use sturdier boxes for glassware.', read: 'complaint' },
    { language: 'de', text: 'Ihr solltet wirklich die Größentabelle überarbeiten.', read: 'product_question' },
    { language: 'fr', text: 'Vous devriez vraiment mettre les dimensions sur la fiche.', read: 'complaint' },
    { language: 'es', text: 'Deberíais mejorar el embalaje de los platos.', read: 'other' },
    { language: 'ko', text: '포장에 신경 써 주셨으면 해요.', read: 'complaint' },
    { language: 'ja', text: '梱包方法を見直していただきたいです。', read: 'complaint' },
  ]);
});

describe('readAsTold: an order asked to go out no earlier than a date', () => {
  itReadsAs('modify_order', [
    { language: 'en', text: "Please don't ship it before the 3rd, we're away until then.", read: 'where_is_my_order' },
    { language: 'de', text: 'Bitte schicken Sie das Paket frühestens am Montag los.', read: 'shipping_question' },
    { language: 'fr', text: "Merci de ne pas l'expédier avant le 10, nous sommes en vacances.", read: 'shipping_question' },
    { language: 'es', text: 'Por favor, no lo enviéis antes del lunes.', read: 'where_is_my_order' },
    { language: 'ko', text: '다음 주 월요일 이후에 발송해 주세요.', read: 'where_is_my_order' },
    { language: 'ja', text: '来月5日以降に発送していただけますか。', read: 'shipping_question' },
  ]);
});
