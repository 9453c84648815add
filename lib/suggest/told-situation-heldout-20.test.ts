import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';
import { itReads, itReadsAs } from '@/lib/suggest/testing/told-situation-cases';

/** Session 20, from held-out 20's classes after its first run (situation-cues.json), in six languages each. */
describe('readAsTold: another plug sent, an address typo, more charged than the cart', () => {
  itReads([
    { language: 'en', text: 'What came has a two-pin European plug on it.', read: 'damaged_item', expected: 'wrong_item' },
    { language: 'de', text: 'Das Ladegerät kam mit amerikanischem Stecker.', read: 'missing_item', expected: 'wrong_item' },
    { language: 'fr', text: 'Le chargeur est arrivé avec une prise américaine.', read: 'damaged_item', expected: 'wrong_item' },
    { language: 'es', text: 'Me ha llegado con clavija americana, las dos paletas planas.', read: 'missing_item', expected: 'wrong_item' },
    { language: 'ko', text: '받아보니 플러그 모양이 달라서 꽂을 수가 없어요.', read: 'damaged_item', expected: 'wrong_item' },
    { language: 'ja', text: '届いた充電器はプラグの形状が違いました。', read: 'exchange', expected: 'wrong_item' },
    {
      language: 'de',
      text: 'Bei meiner Bestellung ist mir ein Zahlendreher in der PLZ passiert.',
      read: 'modify_order',
      expected: 'address_change',
    },
    {
      language: 'en',
      text: 'I got my postcode wrong on the order, it should be SN3 4TX.',
      read: 'modify_order',
      expected: 'address_change',
    },
    {
      language: 'fr',
      text: "J'ai fait une erreur dans l'adresse, c'est le 12 et non le 21.",
      read: 'where_is_my_order',
      expected: 'address_change',
    },
    { language: 'es', text: 'Me equivoqué de piso al hacer el pedido.', read: 'modify_order', expected: 'address_change' },
    { language: 'ko', text: '주문할 때 동호수를 잘못 입력했어요.', read: 'shipping_question', expected: 'address_change' },
    { language: 'ja', text: '注文時に部屋番号を間違えて入力してしまいました。', read: 'modify_order', expected: 'address_change' },
    { language: 'en', text: 'You charged me more than the total at checkout.', read: 'refund', expected: 'payment_issue' },
    { language: 'de', text: 'Es wurde mehr abgebucht als im Warenkorb stand.', read: 'return_request', expected: 'payment_issue' },
    { language: 'fr', text: 'Vous avez ajouté des frais de carte bancaire sans prévenir.', read: 'refund', expected: 'payment_issue' },
    {
      language: 'es',
      text: 'Me habéis cobrado 101,50 € cuando el total del carrito era 98,50 €.',
      read: 'discount_request',
      expected: 'payment_issue',
    },
    { language: 'ko', text: '장바구니보다 더 많이 결제됐어요.', read: 'refund', expected: 'payment_issue' },
    { language: 'ja', text: '明細では 7,800円 が請求されています。', read: 'discount_request', expected: 'payment_issue' },
  ]);

  it('leaves a plug asked about before buying, and the return asked beside it, alone', () => {
    expect(readAs('Does the UK version come with a UK plug or a European plug?', 'pre_sale_question', 0.3)).toBe('pre_sale_question');
    expect(readAs('Do you need the one with the US plug back first?', 'return_request')).toBe('return_request');
  });

  it('makes the fix asked after an address typo, and the money asked back after a surcharge, that situation', () => {
    const typo =
      'Hallo, bei meiner Bestellung von heute früh ist mir ein Zahlendreher in der PLZ passiert: 80337 statt 80373. Bitte korrigieren.';
    expect(classifyIntent(typo).intent).toBe('address_change');
    const surcharge = 'En el pedido 70114 me habéis cobrado un recargo por pago con tarjeta de 3 €. ¿Me devolvéis esos 3 €?';
    expect(classifyIntent(surcharge).requests.map((r) => r.intent)).toEqual(['payment_issue']);
  });
});

describe('readAsTold: a group discount, a size to buy, a size that does not fit, marketing stopped', () => {
  itReads([
    { language: 'de', text: 'Manche Shops geben Rabatt für Pflegepersonal.', expected: 'discount_request' },
    {
      language: 'fr',
      text: 'Certains magasins font une remise sur présentation de la carte famille nombreuse.',
      expected: 'discount_request',
    },
    { language: 'en', text: 'Do you have a student discount?', expected: 'discount_request' },
    { language: 'es', text: '¿Tenéis descuento para estudiantes?', expected: 'discount_request' },
    { language: 'ko', text: '학생 할인 되나요?', expected: 'discount_request' },
    { language: 'ja', text: '学割はありますか？', expected: 'discount_request' },
    { language: 'en', text: 'Please take me off every list you have.', expected: 'account' },
    { language: 'de', text: 'Bitte keine Werbemails mehr an diese Adresse.', expected: 'account' },
    { language: 'fr', text: 'Merci de me désinscrire de la newsletter.', expected: 'account' },
    { language: 'es', text: 'Por favor, dejen de enviarme publicidad.', expected: 'account' },
    { language: 'ko', text: '광고 문자 수신 거부하고 싶어요.', expected: 'account' },
    { language: 'ja', text: 'メルマガの配信停止をお願いします。', expected: 'account' },
  ]);

  itReadsAs('pre_sale_question', [
    { language: 'de', text: 'Welche Größe würden Sie nehmen?', read: 'exchange' },
    { language: 'en', text: 'Which size would you recommend for a 55 cm head?', read: 'exchange' },
    { language: 'fr', text: 'Quelle taille me conseillez-vous ?', read: 'product_question' },
    { language: 'es', text: '¿Qué talla me recomendáis?', read: 'exchange' },
    { language: 'ko', text: '어떤 사이즈로 사면 될까요?', read: 'exchange' },
    { language: 'ja', text: 'どのサイズを選べばいいでしょうか？', read: 'product_question' },
  ]);

  it.each([
    "J'ai reçu la doudoune en L, elle est trop grande.",
    'The boots are too small.',
    'Die Jacke ist mir zu eng.',
    'Me queda pequeño el abrigo.',
    '바지가 너무 작아요.',
    'コートが大きすぎました。',
  ])('%j read as wrong_item is exchange, in a story nothing', (clause) => {
    expect(readAs(clause, 'wrong_item')).toBe('exchange');
    expect(readStory(clause)).toBeUndefined();
  });

  it("names no situation in a lid that doesn't fit its pot: its wrong-item reading stays", () => {
    expect(readAs("The lid doesn't fit, it's the wrong lid for this size.", 'wrong_item')).toBeUndefined();
  });
});

describe('marketing stopped before an order problem', () => {
  it('lets the order problem lead, the unsubscribe a second request (lead-cues aside)', () => {
    const mail =
      '광고 문자 좀 그만 보내주세요. 수신거부 눌렀는데 계속 와요.\n\n그리고 이번 주문 받았는데 접시 4개라고 돼 있는데 3개만 들어 있어요. 하나 더 보내주세요.';
    const { intent, requests } = classifyIntent(mail);
    expect(intent).toBe('missing_item');
    expect(requests.map((r) => r.intent)).toContain('account');
  });
});

describe('readAsTold: a manual in another language, a return code lost', () => {
  itReads([
    { language: 'de', text: 'Gibt es die Anleitung auf Deutsch, gern auch als PDF?', read: 'product_question', expected: 'missing_item' },
    {
      language: 'en',
      text: 'The manual is only in German, do you have the instructions in English?',
      read: 'product_question',
      expected: 'missing_item',
    },
    {
      language: 'fr',
      text: "La notice n'est qu'en anglais, avez-vous le mode d'emploi en français ?",
      read: 'product_question',
      expected: 'missing_item',
    },
    { language: 'es', text: '¿Tenéis el manual en español? Solo viene en inglés.', read: 'product_question', expected: 'missing_item' },
    { language: 'ko', text: '설명서가 영어로만 되어 있는데 한국어 설명서 있나요?', read: 'product_question', expected: 'missing_item' },
    { language: 'ja', text: '日本語の説明書はありますか？', read: 'wrong_item', expected: 'missing_item' },
    { language: 'de', text: 'Können Sie mir den QR-Code noch mal schicken?', read: 'account', expected: 'return_request' },
    { language: 'en', text: 'Could you resend the return QR code? I deleted the email.', read: 'account', expected: 'return_request' },
    { language: 'fr', text: "Pouvez-vous me renvoyer l'étiquette de retour ?", read: 'missing_item', expected: 'return_request' },
    { language: 'es', text: '¿Me podéis reenviar la etiqueta de devolución?', read: 'account', expected: 'return_request' },
    { language: 'ko', text: '반품 QR 코드를 다시 보내주실 수 있나요?', read: 'account', expected: 'return_request' },
    { language: 'ja', text: '返品用のQRコードを再送していただけますか。', read: 'missing_item', expected: 'return_request' },
  ]);

  it('leaves a sure refund asked about a return alone', () => {
    expect(readAs('When do I get my refund for the return label I used?', 'refund')).toBeUndefined();
  });
});
