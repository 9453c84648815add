import { describe, expect, it } from 'vitest';
import { reading, readAs, readStory } from '@/lib/suggest/testing/sure-reading';
import { classifyIntent } from '@/lib/suggest/classify';
import { readAsTold } from '@/lib/suggest/told-situation';

/** What an asked clause the model reads as nothing is read as. */
const readUnsure = (clause: string) => readAsTold(clause, reading('other', 0.6), false)?.intent;

/** Session 24, from held-out 23's classes left after session 23 (situation-cues.json, tuned on), six languages each, in other words than the set's. */
describe('readAsTold: when a parcel would arrive if ordered now, asked', () => {
  it.each([
    ['If I order now, could the desk lamp be with me by Friday?', 'where_is_my_order'],
    ['Wenn ich jetzt bestelle, wann wäre das Regal bei mir?', 'where_is_my_order'],
    ["Si je commande aujourd'hui, je l'aurai pour samedi ?", 'product_question'],
    ['Si lo pido hoy, ¿me llega antes del puente?', 'where_is_my_order'],
    ['지금 주문하면 주말 전에 도착하나요?', 'where_is_my_order'],
    ['今注文すれば週末までに届きますか？', 'modify_order'],
  ] as const)('%j read as %s is shipping_question', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('shipping_question');
  });

  it('keeps a sure pre-sale reading and counts only when asked', () => {
    expect(readAs('If I order today, can I still pay by bank transfer?', 'pre_sale_question')).toBe('pre_sale_question');
    expect(readStory('I said I would order today if the price was right.')).toBeUndefined();
  });
});

describe('readAsTold: whether a product, size or colour is in stock or any are left, asked', () => {
  it.each([
    ['Is the olive rain jacket still in stock in a medium?', 'product_question'],
    ['Habt ihr den Wasserkocher in Creme noch vorrätig?', 'other'],
    ['Il vous en reste en taille 36 ?', 'other'],
    ['¿Os quedan toallas de las grandes en gris?', 'product_question'],
    ['라지 사이즈 아직 남아 있나요?', 'product_question'],
    ['この傘の青はまだ残っていますか？', 'other'],
  ] as const)('%j read as %s is pre_sale_question', (clause, misread) => {
    expect(misread === 'other' ? readUnsure(clause) : readAs(clause, misread)).toBe('pre_sale_question');
  });

  it('keeps a sure exchange and counts only when asked', () => {
    expect(readAs('Can I swap them for the 39 if you have it in stock?', 'exchange')).toBe('exchange');
    expect(readStory('The site said it was in stock when I paid.')).toBeUndefined();
  });
});

describe('a stock question in whole mails', () => {
  it.each([
    ['Hello, is the oak side table still in stock? Thanks, Jo', 'pre_sale_question'],
    ['Hallo, ist die Leinendecke in Salbei noch auf Lager? Danke!', 'pre_sale_question'],
    ['Bonjour, le sac à dos vert est-il encore disponible ? Merci', 'pre_sale_question'],
    ['Hola, ¿os quedan mochilas de las verdes? Gracias', 'pre_sale_question'],
    ['안녕하세요, 초록색 백팩 재고가 남아 있나요?', 'pre_sale_question'],
    ['こんにちは。緑のリュックは在庫がありますか？', 'pre_sale_question'],
  ])('%j leads with %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });
});
