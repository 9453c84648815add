import { describe, expect, it } from 'vitest';
import type { Clause } from '@/lib/suggest/segment';
import { readAs, readStory, reading } from '@/lib/suggest/testing/sure-reading';
import { itReadsAs } from '@/lib/suggest/testing/told-situation-cases';
import { asToldRemedy } from '@/lib/suggest/told-situation';

/** Session 25, from held-out 25's classes after its first run (situation-cues.json, tuned on), six languages each, in other words than the set's. */
describe('readAsTold: whether a product can be ordered or made in another size, version or finish, before buying', () => {
  itReadsAs('pre_sale_question', [
    { language: 'en', text: 'Could it be ordered in walnut rather than oak?', read: 'product_question' },
    { language: 'en', text: 'Can it be engraved with two initials?' },
    { language: 'de', text: 'Bekomme ich die auch in 120 cm Breite?', read: 'product_question' },
    { language: 'fr', text: 'Existe-t-elle en version sans fil ?', read: 'product_question' },
    { language: 'es', text: '¿Se puede pedir sin el cojín del respaldo?', read: 'product_question' },
    { language: 'ko', text: '이 머그컵 각인 가능한가요?', read: 'product_question' },
    { language: 'ja', text: 'このタンブラーは刻印できますか。', read: 'product_question' },
  ]);

  it('counts only when asked, and keeps a size swap of an order received', () => {
    expect(readStory("Je sais qu'elle existe en version murale.")).toBeUndefined();
    expect(readAs('Bekomme ich die auch in 42? Die 40 ist zu klein.', 'exchange')).not.toBe('pre_sale_question');
  });
});

describe("readAsTold: a mail meant for the council's bulky-waste service or a school class's parents", () => {
  itReadsAs('other', [
    { language: 'en', text: 'When is the next bulky waste collection on Elm Road?', read: 'where_is_my_order' },
    { language: 'de', text: 'Steht der Termin für den Elternabend der 3b schon fest?', read: 'shipping_question' },
    { language: 'fr', text: 'La collecte des encombrants est-elle toujours le premier lundi ?', read: 'shipping_question' },
    { language: 'es', text: '¿A qué hora empieza la reunión de padres del jueves?', read: 'pre_sale_question' },
    { language: 'ko', text: '대형폐기물 수거 신청은 어디서 하나요?', read: 'product_question' },
    { language: 'ja', text: '来週の保護者会には上履きが必要ですか。', read: 'product_question' },
  ]);

  it('leaves bins and old furniture taken away to the shop', () => {
    expect(readStory('The driver left my parcel by the bins on collection day.')).toBeUndefined();
    expect(readAs('Nehmen Sie das alte Sofa mit, oder muss ich es zum Sperrmüll bringen?', 'pre_sale_question')).not.toBe('other');
  });
});

describe('readAsTold: a delivery date set anew, or the dispatch waited for until a date', () => {
  itReadsAs('modify_order', [
    { language: 'en', text: 'Could we pick a new delivery date, the 19th perhaps?', read: 'where_is_my_order' },
    { language: 'en', text: "Could you wait to ship it until I'm back on the 9th?", read: 'where_is_my_order' },
    { language: 'de', text: 'Können wir den Liefertermin neu festlegen?', read: 'shipping_question' },
    { language: 'de', text: 'Könnt ihr mit dem Versenden warten, bis ich zurück bin?', read: 'shipping_question' },
    { language: 'fr', text: 'Pouvez-vous fixer une nouvelle date de livraison en janvier ?', read: 'where_is_my_order' },
    { language: 'fr', text: "Vous pouvez attendre avant de l'envoyer ? Je suis absente.", read: 'where_is_my_order' },
    { language: 'es', text: '¿Podemos indicar otra fecha de entrega, el viernes?', read: 'shipping_question' },
    { language: 'es', text: '¿Podéis esperar a mandarlo hasta el día 20?', read: 'where_is_my_order' },
    { language: 'ko', text: '배송일을 다시 지정할 수 있을까요?', read: 'where_is_my_order' },
    { language: 'ko', text: '이번 주는 보내지 말고 기다려 주세요.', read: 'where_is_my_order' },
    { language: 'ja', text: '配達日を20日に指定し直してもらえますか。', read: 'where_is_my_order' },
    { language: 'ja', text: '来週まで発送を少し待っていただけますか。', read: 'where_is_my_order' },
  ]);

  const clauses = (first: string): Clause[] => [
    { text: first, start: 0, end: 30 },
    { text: 'Could you wait to ship it until the 9th?', start: 31, end: 71 },
  ];
  const requests = [
    { ...reading('where_is_my_order', 0.8), start: 0, end: 30 },
    { ...reading('modify_order', 0.6), start: 31, end: 71 },
  ];

  it("makes the order's status told before it its story, and keeps a status asked", () => {
    expect(asToldRemedy(clauses('My order has not shipped yet.'), requests).map((r) => r.intent)).toEqual(['modify_order']);
    expect(asToldRemedy(clauses('Has my order shipped yet?'), requests).map((r) => r.intent)).toEqual([
      'where_is_my_order',
      'modify_order',
    ]);
  });
});
