import { describe, expect, it } from 'vitest';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';
import { itReads, itReadsAs } from '@/lib/suggest/testing/told-situation-cases';

/** Session 21, from held-out 21's asks after its first run (situation-cues.json), in six languages each. */
describe('readAsTold: a card slip again, a range to come, a fragrance or formula asked', () => {
  itReads([
    { language: 'en', text: 'Could you send the card slip again? I deleted the email.', expected: 'invoice' },
    { language: 'de', text: 'Können Sie mir den Kartenbeleg noch einmal schicken?', expected: 'invoice' },
    { language: 'fr', text: 'Pourriez-vous m’envoyer un duplicata de la facture ?', expected: 'invoice' },
    { language: 'es', text: '¿Me podéis mandar un duplicado de la factura?', expected: 'invoice' },
    { language: 'ko', text: '카드매출전표를 다시 받을 수 있을까요?', expected: 'invoice' },
    { language: 'ja', text: 'カード利用控えを再発行していただけますか。', expected: 'invoice' },
    { language: 'en', text: 'Any plans to release a matching bowl?', expected: 'pre_sale_question' },
    { language: 'de', text: 'Gibt es die gleiche Bettwäsche auch in Kindergröße?', expected: 'pre_sale_question' },
    { language: 'fr', text: 'Prévoyez-vous de sortir un bol assorti ?', expected: 'pre_sale_question' },
    { language: 'es', text: '¿La tenéis en talla infantil?', expected: 'pre_sale_question' },
    { language: 'ko', text: '같은 라인으로 면기도 나올 예정인가요?', expected: 'pre_sale_question' },
    { language: 'ja', text: '同じシリーズで子供サイズはありますか。', expected: 'pre_sale_question' },
  ]);

  itReadsAs('product_question', [
    { language: 'en', text: 'Is there any fragrance in it, or essential oils in it?', read: 'modify_order' },
    { language: 'de', text: 'Haben Sie die Rezeptur geändert?', read: 'modify_order' },
    { language: 'fr', text: 'Avez-vous changé la formule ?', read: 'modify_order' },
    { language: 'es', text: '¿Habéis cambiado la fórmula?', read: 'modify_order' },
    { language: 'ko', text: '합성향료나 에센셜 오일이 들어갔나요?', read: 'return_request' },
    { language: 'ja', text: '合成香料は入っていますか。', read: 'modify_order' },
  ]);

  it('leaves a card slip only told, and a sure payment problem asked beside it, alone', () => {
    expect(readStory('The card slip was in the box.')).toBeUndefined();
    expect(readAs('You charged me twice, can you send the card slip again?', 'refund')).toBeUndefined();
  });
});

describe('readAsTold: a deadline extended, a PO box asked', () => {
  itReads([
    {
      language: 'en',
      text: 'Could you extend the deadline by a week so she can enter her address?',
      read: 'address_change',
      expected: 'modify_order',
    },
    { language: 'de', text: 'Können Sie die Frist verlängern?', read: 'account', expected: 'modify_order' },
    { language: 'fr', text: 'Pourriez-vous prolonger le délai d’une semaine ?', read: 'address_change', expected: 'modify_order' },
    { language: 'es', text: '¿Podéis ampliar el plazo una semana?', read: 'cancel_order', expected: 'modify_order' },
    { language: 'ko', text: '기한을 일주일 정도 연장해 주실 수 있나요?', read: 'address_change', expected: 'modify_order' },
    { language: 'ja', text: '受け取り期限を延長していただけますか。', read: 'address_change', expected: 'modify_order' },
    { language: 'en', text: 'Do you ship to a PO box?', read: 'pre_sale_question', expected: 'shipping_question' },
    { language: 'de', text: 'Liefern Sie auch an eine Postfachadresse?', read: 'pre_sale_question', expected: 'shipping_question' },
    { language: 'fr', text: 'Livrez-vous en boîte postale ?', read: 'pre_sale_question', expected: 'shipping_question' },
    { language: 'es', text: '¿Hacéis envíos a un apartado de correos?', read: 'pre_sale_question', expected: 'shipping_question' },
    { language: 'ko', text: '사서함으로도 배송되나요?', read: 'pre_sale_question', expected: 'shipping_question' },
    { language: 'ja', text: '私書箱にも発送できますか。', read: 'pre_sale_question', expected: 'shipping_question' },
  ]);

  it('keeps a sure return asked with its window extended', () => {
    expect(readAs('Could you extend the deadline for my return?', 'return_request')).toBeUndefined();
  });
});
