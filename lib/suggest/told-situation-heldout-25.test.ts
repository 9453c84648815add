import { describe, expect, it } from 'vitest';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';
import { itReadsAs } from '@/lib/suggest/testing/told-situation-cases';

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
