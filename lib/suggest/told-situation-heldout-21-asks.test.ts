import { describe, expect, it } from 'vitest';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';

/** Session 21, from held-out 21's asks after its first run (situation-cues.json), in six languages each. */
describe('readAsTold: a card slip again, a range to come, a fragrance or formula asked', () => {
  it.each([
    ['Could you send the card slip again? I deleted the email.', 'invoice'],
    ['Können Sie mir den Kartenbeleg noch einmal schicken?', 'invoice'],
    ['Pourriez-vous m’envoyer un duplicata de la facture ?', 'invoice'],
    ['¿Me podéis mandar un duplicado de la factura?', 'invoice'],
    ['카드매출전표를 다시 받을 수 있을까요?', 'invoice'],
    ['カード利用控えを再発行していただけますか。', 'invoice'],
    ['Any plans to release a matching bowl?', 'pre_sale_question'],
    ['Gibt es die gleiche Bettwäsche auch in Kindergröße?', 'pre_sale_question'],
    ['Prévoyez-vous de sortir un bol assorti ?', 'pre_sale_question'],
    ['¿La tenéis en talla infantil?', 'pre_sale_question'],
    ['같은 라인으로 면기도 나올 예정인가요?', 'pre_sale_question'],
    ['同じシリーズで子供サイズはありますか。', 'pre_sale_question'],
  ])('%j, asked, is %s', (clause, intent) => {
    expect(readStory(clause)).toBe(intent);
  });

  it.each([
    ['Is there any fragrance in it, or essential oils in it?', 'modify_order'],
    ['Haben Sie die Rezeptur geändert?', 'modify_order'],
    ['Avez-vous changé la formule ?', 'modify_order'],
    ['¿Habéis cambiado la fórmula?', 'modify_order'],
    ['합성향료나 에센셜 오일이 들어갔나요?', 'return_request'],
    ['合成香料は入っていますか。', 'modify_order'],
  ] as const)('%j read as %s is product_question', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('product_question');
  });

  it('leaves a card slip only told, and a sure payment problem asked beside it, alone', () => {
    expect(readStory('The card slip was in the box.')).toBeUndefined();
    expect(readAs('You charged me twice, can you send the card slip again?', 'refund')).toBeUndefined();
  });
});

describe('readAsTold: a deadline extended, a PO box asked', () => {
  it.each([
    ['Could you extend the deadline by a week so she can enter her address?', 'address_change', 'modify_order'],
    ['Können Sie die Frist verlängern?', 'account', 'modify_order'],
    ['Pourriez-vous prolonger le délai d’une semaine ?', 'address_change', 'modify_order'],
    ['¿Podéis ampliar el plazo una semana?', 'cancel_order', 'modify_order'],
    ['기한을 일주일 정도 연장해 주실 수 있나요?', 'address_change', 'modify_order'],
    ['受け取り期限を延長していただけますか。', 'address_change', 'modify_order'],
    ['Do you ship to a PO box?', 'pre_sale_question', 'shipping_question'],
    ['Liefern Sie auch an eine Postfachadresse?', 'pre_sale_question', 'shipping_question'],
    ['Livrez-vous en boîte postale ?', 'pre_sale_question', 'shipping_question'],
    ['¿Hacéis envíos a un apartado de correos?', 'pre_sale_question', 'shipping_question'],
    ['사서함으로도 배송되나요?', 'pre_sale_question', 'shipping_question'],
    ['私書箱にも発送できますか。', 'pre_sale_question', 'shipping_question'],
  ] as const)('%j read as %s is %s', (clause, misread, intent) => {
    expect(readAs(clause, misread)).toBe(intent);
  });

  it('keeps a sure return asked with its window extended', () => {
    expect(readAs('Could you extend the deadline for my return?', 'return_request')).toBeUndefined();
  });
});
