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
