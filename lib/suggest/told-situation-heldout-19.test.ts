import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { readAs, readStory, reading } from '@/lib/suggest/testing/sure-reading';
import { itReads, itReadsAs } from '@/lib/suggest/testing/told-situation-cases';
import { readAsTold } from '@/lib/suggest/told-situation';

/** Session 19, from held-out 19's classes after its first run (situation-cues.json), in six languages each. */
describe('readAsTold: a financing charge, a coupon lapsed, a delivery held', () => {
  itReads([
    { language: 'en', text: 'The interest on my instalments was never mentioned at checkout.', expected: 'payment_issue' },
    { language: 'de', text: 'Heute kam ein Brief von einem Inkassobüro wegen der Bestellung.', expected: 'payment_issue' },
    { language: 'fr', text: 'Sur mon échéancier je vois 25,80 € de frais de dossier.', expected: 'payment_issue' },
    { language: 'es', text: 'Ahora me escribe una agencia de cobro por ese pedido.', expected: 'payment_issue' },
    { language: 'ko', text: '카드 명세서 보니까 할부 이자가 붙어 있어요.', expected: 'payment_issue' },
    { language: 'ja', text: '商品が届いても払込票が届きません。', expected: 'payment_issue' },
    { language: 'en', text: 'My friend signed up with my referral link last month.', expected: 'discount_request' },
    { language: 'de', text: 'Meine Freundin hat über meinen Empfehlungslink bestellt.', expected: 'discount_request' },
    { language: 'fr', text: "Mon amie s'est inscrite avec mon lien de parrainage.", expected: 'discount_request' },
    { language: 'es', text: 'Mi amiga usó mi enlace de referido para comprar.', expected: 'discount_request' },
    { language: 'ko', text: '생일 축하 쿠폰 15% 받았는데 기간이 지났어요.', expected: 'discount_request' },
    { language: 'ja', text: '誕生日クーポンの期限が切れてしまいました。', expected: 'discount_request' },
    { language: 'en', text: 'Would you be able to arrange for it to arrive on Thursday morning?', expected: 'modify_order' },
    { language: 'de', text: 'Bitte sorgen Sie dafür, dass die Zustellung erst nach 14 Uhr kommt.', expected: 'modify_order' },
    { language: 'fr', text: "Pouvez-vous garder la commande jusqu'au 8 janvier ?", expected: 'modify_order' },
    { language: 'es', text: '¿Podríais retenerlo hasta el 8 de enero?', expected: 'modify_order' },
    { language: 'ko', text: '출고를 15일 이후로 미뤄서 보내주실 수 있나요?', expected: 'modify_order' },
    { language: 'ja', text: '引っ越しが終わるまで発送を待っていただけますか。', expected: 'modify_order' },
  ]);

  it('leaves the offer asked about before buying, and a sure payment reading, alone', () => {
    // Interest-free instalments or pay-later asked about before buying name no charge.
    // (instalmentsAsked, session 23, may take them as the pre-sale question they are; no row makes them a charge.)
    expect(readAs('Puis-je payer en 4x sans frais ?', 'pre_sale_question') ?? 'pre_sale_question').toBe('pre_sale_question');
    expect(readAs('무이자 할부 되나요?', 'pre_sale_question') ?? 'pre_sale_question').toBe('pre_sale_question');
    // A code charged twice stays the payment problem it is read as (kept).
    expect(readAs('The coupon has expired and you charged me twice.', 'payment_issue')).toBe('payment_issue');
  });
});

describe('readAsTold: how to send an item back, asked', () => {
  itReadsAs('return_request', [
    { language: 'en', text: 'Is there any way I can send it back, or is that not allowed with opened food?', read: 'product_question' },
    { language: 'de', text: 'Wie läuft die Rückgabe ab?', read: 'product_question' },
    { language: 'fr', text: 'Est-ce que je peux vous le renvoyer sans le carton ?', read: 'account' },
    { language: 'es', text: '¿Puedo devolverlo aunque esté abierto?', read: 'product_question' },
    { language: 'ko', text: '차콜은 어떻게 보내드리면 될까요?', read: 'product_question' },
    { language: 'ja', text: '送る場合は元の箱がないのですが大丈夫でしょうか。', read: 'product_question' },
  ]);

  it('keeps the refund or the remedy asked beside it, however weak', () => {
    expect(readAsTold('Send it back and refund me please?', reading('refund', 0.3), false)?.intent).toBe('refund');
    expect(readAs('Can I send it back and get a new one, it is broken?', 'damaged_item')).toBe('damaged_item');
    // Told, not asked: no return asked.
    expect(readStory('I will send it back tomorrow.')).toBeUndefined();
  });
});

describe('readAsTold: a delivery day the shop offers, asked', () => {
  itReadsAs('shipping_question', [
    { language: 'en', text: 'Do you deliver on Saturdays?', read: 'pre_sale_question' },
    { language: 'de', text: 'Liefern Sie auch samstags?', read: 'product_question' },
    {
      language: 'fr',
      text: 'Avant de commander, est-ce que vous proposez une livraison le samedi ou en soirée ?',
      read: 'pre_sale_question',
    },
    { language: 'es', text: '¿Hacéis entrega en sábado?', read: 'pre_sale_question' },
    { language: 'ko', text: '토요일에도 배송되나요?', read: 'product_question' },
    { language: 'ja', text: '土日の配達は可能ですか。', read: 'pre_sale_question' },
  ]);

  it('leaves a delivery day asked for an order placed to its own row', () => {
    expect(readAs('Could you deliver on Saturday instead? My order is 4471.', 'modify_order')).toBeUndefined();
  });
});

describe('the shipped classifier (synthetic mails, written for session 19)', () => {
  it.each([
    [
      "Bonjour, j'ai payé en 3 fois via votre partenaire et je vois 19 € de frais de dossier. Pouvez-vous les faire retirer ?",
      'payment_issue',
    ],
    ['안녕하세요. 첫구매 쿠폰 받았는데 기간이 지나버렸어요. 다시 발급해 주실 수 있나요?', 'discount_request'],
    ['Hallo, wir finden die Matratze zu weich. Wie läuft die Rückgabe ab? Danke', 'return_request'],
    ['Hola, mi pedido 5531 todavía no ha salido. ¿Podríais retenerlo hasta el 10 de enero? Gracias', 'modify_order'],
    ['Allô, est-ce que je peux sauter février sans annuler mon abonnement? Merci', 'modify_order'],
  ])('%j leads with %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });
});
