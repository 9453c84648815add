import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';

/** Session 20, from held-out 20's classes after its first run (situation-cues.json), in six languages each. */
describe('readAsTold: another plug sent, an address typo, more charged than the cart', () => {
  it.each([
    ['What came has a two-pin European plug on it.', 'damaged_item', 'wrong_item'],
    ['Das Ladegerät kam mit amerikanischem Stecker.', 'missing_item', 'wrong_item'],
    ['Le chargeur est arrivé avec une prise américaine.', 'damaged_item', 'wrong_item'],
    ['Me ha llegado con clavija americana, las dos paletas planas.', 'missing_item', 'wrong_item'],
    ['받아보니 플러그 모양이 달라서 꽂을 수가 없어요.', 'damaged_item', 'wrong_item'],
    ['届いた充電器はプラグの形状が違いました。', 'exchange', 'wrong_item'],
    ['Bei meiner Bestellung ist mir ein Zahlendreher in der PLZ passiert.', 'modify_order', 'address_change'],
    ['I got my postcode wrong on the order, it should be SN3 4TX.', 'modify_order', 'address_change'],
    ["J'ai fait une erreur dans l'adresse, c'est le 12 et non le 21.", 'where_is_my_order', 'address_change'],
    ['Me equivoqué de piso al hacer el pedido.', 'modify_order', 'address_change'],
    ['주문할 때 동호수를 잘못 입력했어요.', 'shipping_question', 'address_change'],
    ['注文時に部屋番号を間違えて入力してしまいました。', 'modify_order', 'address_change'],
    ['You charged me more than the total at checkout.', 'refund', 'payment_issue'],
    ['Es wurde mehr abgebucht als im Warenkorb stand.', 'return_request', 'payment_issue'],
    ['Vous avez ajouté des frais de carte bancaire sans prévenir.', 'refund', 'payment_issue'],
    ['Me habéis cobrado 101,50 € cuando el total del carrito era 98,50 €.', 'discount_request', 'payment_issue'],
    ['장바구니보다 더 많이 결제됐어요.', 'refund', 'payment_issue'],
    ['明細では 7,800円 が請求されています。', 'discount_request', 'payment_issue'],
  ] as const)('%j read as %s is %s', (clause, misread, intent) => {
    expect(readAs(clause, misread)).toBe(intent);
  });

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
  it.each([
    ['Manche Shops geben Rabatt für Pflegepersonal.', 'discount_request'],
    ['Certains magasins font une remise sur présentation de la carte famille nombreuse.', 'discount_request'],
    ['Do you have a student discount?', 'discount_request'],
    ['¿Tenéis descuento para estudiantes?', 'discount_request'],
    ['학생 할인 되나요?', 'discount_request'],
    ['学割はありますか？', 'discount_request'],
    ['Please take me off every list you have.', 'account'],
    ['Bitte keine Werbemails mehr an diese Adresse.', 'account'],
    ['Merci de me désinscrire de la newsletter.', 'account'],
    ['Por favor, dejen de enviarme publicidad.', 'account'],
    ['광고 문자 수신 거부하고 싶어요.', 'account'],
    ['メルマガの配信停止をお願いします。', 'account'],
  ])('%j tells %s', (clause, intent) => {
    expect(readStory(clause)).toBe(intent);
  });

  it.each([
    ['Welche Größe würden Sie nehmen?', 'exchange'],
    ['Which size would you recommend for a 55 cm head?', 'exchange'],
    ['Quelle taille me conseillez-vous ?', 'product_question'],
    ['¿Qué talla me recomendáis?', 'exchange'],
    ['어떤 사이즈로 사면 될까요?', 'exchange'],
    ['どのサイズを選べばいいでしょうか？', 'product_question'],
  ] as const)('%j read as %s is pre_sale_question', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('pre_sale_question');
  });

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
  it.each([
    ['Gibt es die Anleitung auf Deutsch, gern auch als PDF?', 'product_question', 'missing_item'],
    ['The manual is only in German, do you have the instructions in English?', 'product_question', 'missing_item'],
    ["La notice n'est qu'en anglais, avez-vous le mode d'emploi en français ?", 'product_question', 'missing_item'],
    ['¿Tenéis el manual en español? Solo viene en inglés.', 'product_question', 'missing_item'],
    ['설명서가 영어로만 되어 있는데 한국어 설명서 있나요?', 'product_question', 'missing_item'],
    ['日本語の説明書はありますか？', 'wrong_item', 'missing_item'],
    ['Können Sie mir den QR-Code noch mal schicken?', 'account', 'return_request'],
    ['Could you resend the return QR code? I deleted the email.', 'account', 'return_request'],
    ["Pouvez-vous me renvoyer l'étiquette de retour ?", 'missing_item', 'return_request'],
    ['¿Me podéis reenviar la etiqueta de devolución?', 'account', 'return_request'],
    ['반품 QR 코드를 다시 보내주실 수 있나요?', 'account', 'return_request'],
    ['返品用のQRコードを再送していただけますか。', 'missing_item', 'return_request'],
  ] as const)('%j read as %s is %s', (clause, misread, intent) => {
    expect(readAs(clause, misread)).toBe(intent);
  });

  it('leaves a sure refund asked about a return alone', () => {
    expect(readAs('When do I get my refund for the return label I used?', 'refund')).toBeUndefined();
  });
});
