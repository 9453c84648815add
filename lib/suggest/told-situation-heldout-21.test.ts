import { describe, expect, it } from 'vitest';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';

/** Session 21, from held-out 21's classes after its first run (situation-cues.json), in six languages each. */
describe('readAsTold: a free gift missing, a setup asked, a delivery moved, a dunning fee', () => {
  it.each([
    ['Your ad said you get a free gift with every backpack, and there was none.', 'where_is_my_order', 'missing_item'],
    ['Die Gratisbeigabe fehlte im Paket.', 'where_is_my_order', 'missing_item'],
    ["Le cadeau offert n'était pas dans le colis.", 'exchange', 'missing_item'],
    ['No venía el regalo de la promoción.', 'where_is_my_order', 'missing_item'],
    ['아직 사은품을 못 받았어요.', 'where_is_my_order', 'missing_item'],
    ['ノベルティが入っていませんでした。', 'where_is_my_order', 'missing_item'],
    ['Am I doing something wrong or is it meant to be the B bolts?', 'modify_order', 'product_question'],
    ['Was bedeutet E04 im Display?', 'damaged_item', 'product_question'],
    ['Que signifie ce code, et comment démonter le couvercle ?', 'modify_order', 'product_question'],
    ['¿Las patas se pueden desmontar?', 'damaged_item', 'product_question'],
    ['오류 코드가 무슨 뜻인가요?', 'damaged_item', 'product_question'],
    ['ベッドの組み立て方を教えていただけますか。', 'modify_order', 'product_question'],
    ['Could you reschedule the delivery to Thursday?', 'where_is_my_order', 'modify_order'],
    ['Können Sie veranlassen, dass die Lieferung auf Freitag verlegt wird?', 'where_is_my_order', 'modify_order'],
    ['Pourriez-vous demander une nouvelle livraison à domicile ?', 'address_change', 'modify_order'],
    ['¿Podéis cambiar la fecha de entrega al jueves?', 'where_is_my_order', 'modify_order'],
    ['설치 날짜를 13일로 바꿀 수 있을까요?', 'shipping_question', 'modify_order'],
    ['配達日を金曜日に変更していただけますか。', 'where_is_my_order', 'modify_order'],
    ['You added a late fee although I paid the invoice on time.', 'complaint', 'payment_issue'],
    ['Bitte streichen Sie die Mahngebühr.', 'complaint', 'payment_issue'],
    ["J'ai reçu des frais de relance pour une facture payée.", 'invoice', 'payment_issue'],
    ['Me ha llegado un recargo por demora de una factura pagada.', 'complaint', 'payment_issue'],
    ['이미 결제했는데 연체료가 붙었어요.', 'complaint', 'payment_issue'],
    ['支払い済みなのに督促状が届きました。', 'invoice', 'payment_issue'],
  ] as const)('%j read as %s is %s', (clause, misread, intent) => {
    expect(readAs(clause, misread)).toBe(intent);
  });

  it('leaves a date or an error only told alone: no change asked, the fault still a fault', () => {
    expect(readStory('The delivery date changed to Thursday.')).toBeUndefined();
    expect(readAs('Das Display zeigt E04, was bedeutet, dass er kaputt ist.', 'damaged_item')).toBeUndefined();
  });
});

describe('readAsTold: a spare part, the next box changed, a plain box, a quote, a card slip', () => {
  it.each([
    ['Do you sell the glass jug as a spare part?', 'product_question', 'pre_sale_question'],
    ['Verkauft ihr die Kanne auch einzeln als Ersatzteil?', 'product_question', 'pre_sale_question'],
    ['Vendez-vous la verseuse en pièce détachée ?', 'product_question', 'pre_sale_question'],
    ['¿Vendéis la jarra como recambio?', 'product_question', 'pre_sale_question'],
    ['유리 포트만 부품만 따로 구매할 수 있나요?', 'product_question', 'pre_sale_question'],
    ['ガラスポットだけ部品のみで購入できますか。', 'damaged_item', 'pre_sale_question'],
    ['From my next delivery I want the coffee ground for a moka pot.', 'exchange', 'modify_order'],
    ['Ab der nächsten Lieferung bitte gemahlen statt ganze Bohnen.', 'exchange', 'modify_order'],
    ['À partir du prochain envoi, je voudrais le café moulu.', 'exchange', 'modify_order'],
    ['A partir del próximo envío quiero el café molido.', 'exchange', 'modify_order'],
    ['다음 배송부터는 분쇄 원두로 보내주세요.', 'exchange', 'modify_order'],
    ['次回のお届けから粉タイプに変えてください。', 'exchange', 'modify_order'],
    ['Could you send my open order in a plain box?', 'product_question', 'modify_order'],
    ['Können Sie die Bestellung neutral verpacken?', 'product_question', 'modify_order'],
    ['Pourriez-vous utiliser un emballage neutre ?', 'pre_sale_question', 'modify_order'],
    ['¿Me lo podéis mandar en una caja sin logo?', 'product_question', 'modify_order'],
    ['무지 박스로 보내주실 수 있나요?', 'product_question', 'modify_order'],
    ['無地の箱で送っていただくことはできますか。', 'product_question', 'modify_order'],
    ['Could you send a quote for 250?', 'exchange', 'pre_sale_question'],
    ['카드매출전표를 다시 받을 수 있을까요?', 'modify_order', 'invoice'],
  ] as const)('%j read as %s is %s', (clause, misread, intent) => {
    expect(readAs(clause, misread)).toBe(intent);
  });
});

describe('readAsTold: an order held for a check, a date of birth, another flavour, frozen tracking', () => {
  it.each([
    ['It still says "On hold - under review" in my account.', 'account', 'where_is_my_order'],
    ['Die Bestellung hängt in der Sicherheitsprüfung.', 'payment_issue', 'where_is_my_order'],
    ['Ma commande est en attente de vérification depuis lundi.', 'account', 'where_is_my_order'],
    ['El pedido sigue en revisión de seguridad.', 'payment_issue', 'where_is_my_order'],
    ['주문이 보안 검토 중이라고 나와요.', 'account', 'where_is_my_order'],
    ['注文が審査中のままです。', 'account', 'where_is_my_order'],
    ['I entered the wrong date of birth when I registered.', 'discount_request', 'account'],
    ['Mein Geburtsdatum ist falsch hinterlegt.', 'modify_order', 'account'],
    ['Ma date de naissance est erronée sur mon compte.', 'modify_order', 'account'],
    ['Puse mal la fecha de nacimiento al registrarme.', 'discount_request', 'account'],
    ['회원가입할 때 생년월일을 잘못 입력했어요.', 'modify_order', 'account'],
    ['生年月日を間違えて登録してしまいました。', 'discount_request', 'account'],
    ['I ordered chocolate but the wrong flavour arrived.', 'exchange', 'wrong_item'],
    ['Statt Schoko kam die falsche Sorte.', 'exchange', 'wrong_item'],
    ["J'ai reçu un autre parfum que celui commandé.", 'exchange', 'wrong_item'],
    ['Me ha llegado otro sabor.', 'exchange', 'wrong_item'],
    ['초코맛 주문했는데 바닐라맛이 왔어요.', 'exchange', 'wrong_item'],
    ['チョコ味を注文したのに違う味が届きました。', 'exchange', 'wrong_item'],
  ] as const)('%j read as %s is %s', (clause, misread, intent) => {
    expect(readAs(clause, misread)).toBe(intent);
  });

  it.each([
    ['The tracking is frozen at "Item processed" since the 9th.'],
    ['Le suivi est figé à « Article traité » depuis le 9 novembre.'],
    ['Die Sendung steht seit Tagen auf „in Zustellung“.'],
    ['El envío se ha quedado en "en tránsito".'],
    ['배송 조회가 그대로예요.'],
    ['9日から更新されていません。'],
  ])('%j tells where_is_my_order', (clause) => {
    expect(readStory(clause)).toBe('where_is_my_order');
  });
});
