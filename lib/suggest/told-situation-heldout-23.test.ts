import { describe, expect, it } from 'vitest';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';

/** Session 23, from held-out 23's classes after its first run (situation-cues.json, tuned on), six languages each, in other words than the set's. */
describe('readAsTold: a lesson missed, told to a teacher', () => {
  it.each([
    ["Sorry, I can't make Tuesday's piano lesson, we're away.", 'cancel_order'],
    ['Die Nachhilfestunde am Freitag muss leider ausfallen.', 'modify_order'],
    ['Mon fils ne pourra pas venir au cours de judo mercredi.', 'missing_item'],
    ['Esta semana no podré ir a la clase de guitarra.', 'cancel_order'],
    ['이번 주 바이올린 레슨은 못 갈 것 같아요.', 'modify_order'],
    ['明日の教習は欠席させていただきます。', 'modify_order'],
  ] as const)('%j read as %s is other', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('other');
  });
});

describe('readAsTold: an answer asked by another channel than mail', () => {
  it.each([
    ['Could you message me on WhatsApp about it?', 'payment_issue'],
    ['Können Sie mir per WhatsApp Bescheid geben?', 'where_is_my_order'],
    ['Pouvez-vous me répondre par WhatsApp ?', 'damaged_item'],
    ['¿Me contestáis por WhatsApp, porfa?', 'payment_issue'],
    ['카톡으로 연락 주실 수 있나요?', 'where_is_my_order'],
    ['LINEでご連絡いただけますか。', 'product_question'],
  ] as const)('%j read as %s is contact_request', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('contact_request');
  });

  it('does not read "online" in Japanese as the LINE app', () => {
    expect(readAs('オンラインで打ち合わせのお時間をいただけますか。', 'other')).not.toBe('contact_request');
  });
});

describe('readAsTold: a charge not chosen or not due', () => {
  it.each([
    ['You charged me twice for the same lamp.', 'account'],
    ['Der Betrag wurde doppelt abgebucht.', 'cancel_order'],
    ["J'ai deux prélèvements pour une seule commande.", 'invoice'],
    ['Me han cobrado la garantía ampliada y no la pedí.', 'product_question'],
    ['카드에서 이중 결제가 되었어요.', 'account'],
    ['カードに二重に請求されています。', 'cancel_order'],
  ] as const)('%j read as %s is payment_issue', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('payment_issue');
  });

  it('keeps the money back asked after it a refund', () => {
    expect(readAs('You charged me twice, please refund one of them.', 'refund')).not.toBe('payment_issue');
    expect(readStory('My bank says nothing was taken yet.')).toBeUndefined();
  });
});

describe('readAsTold: what the shop should really do better', () => {
  it.each([
    ['You really should use sturdier boxes for glassware.', 'complaint'],
    ['Ihr solltet wirklich die Größentabelle überarbeiten.', 'product_question'],
    ['Vous devriez vraiment mettre les dimensions sur la fiche.', 'complaint'],
    ['Deberíais mejorar el embalaje de los platos.', 'other'],
    ['포장에 신경 써 주셨으면 해요.', 'complaint'],
    ['梱包方法を見直していただきたいです。', 'complaint'],
  ] as const)('%j read as %s is feedback', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('feedback');
  });
});

describe('readAsTold: an order asked to go out no earlier than a date', () => {
  it.each([
    ["Please don't ship it before the 3rd, we're away until then.", 'where_is_my_order'],
    ['Bitte schicken Sie das Paket frühestens am Montag los.', 'shipping_question'],
    ["Merci de ne pas l'expédier avant le 10, nous sommes en vacances.", 'shipping_question'],
    ['Por favor, no lo enviéis antes del lunes.', 'where_is_my_order'],
    ['다음 주 월요일 이후에 발송해 주세요.', 'where_is_my_order'],
    ['来月5日以降に発送していただけますか。', 'shipping_question'],
  ] as const)('%j read as %s is modify_order', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('modify_order');
  });
});
