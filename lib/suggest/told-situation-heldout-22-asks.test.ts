import { describe, expect, it } from 'vitest';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';

/** Session 22, from held-out 22's asks after its first run (situation-cues.json, tuned on), six languages each, in other words than the set's. */
describe('readAsTold: how an open order is handed over', () => {
  it.each([
    ['Could the driver leave it at reception? We are open until five.', 'product_question'],
    ['Bitte die Sendung am Empfang abgeben, ich bin im Büro.', 'shipping_question'],
    ['Vous pouvez laisser le colis à l’accueil de la société ?', 'damaged_item'],
    ['¿Lo pueden dejar en la conserjería del edificio?', 'product_question'],
    ['부재 시에는 관리실에 맡겨 주세요.', 'exchange'],
    ['不在の場合はフロントに預けていただけますか。', 'product_question'],
  ] as const)('%j read as %s is modify_order', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('modify_order');
  });

  it('leaves a parcel told left at reception alone', () => {
    expect(readStory('The courier says he left it at reception, but nobody there has it.')).toBeUndefined();
  });
});

describe('readAsTold: a setting of the customer account asked', () => {
  it.each([
    ['Where has my order history gone in the new app?', 'product_question'],
    ['Wie kann ich die gespeicherte Karte löschen?', 'pre_sale_question'],
    ['Comment supprimer la carte enregistrée dans mon compte ?', 'pre_sale_question'],
    ['¿Cómo borro la dirección guardada de mi ex?', 'address_change'],
    ['회원정보에 등록된 전화번호는 어떻게 바꾸나요?', 'address_change'],
    ['会員情報のメールアドレスを変更するにはどうすればいいですか。', 'product_question'],
  ] as const)('%j read as %s is account', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('account');
  });

  it('keeps where the parcel is, asked from the order history', () => {
    expect(readAs('My order history says delivered, so where is it?', 'where_is_my_order')).toBeUndefined();
  });
});
