import { describe, expect, it } from 'vitest';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';
import { itReads, itReadsAs } from '@/lib/suggest/testing/told-situation-cases';

/** Session 21, from held-out 21's classes after its first run (situation-cues.json), in six languages each. */
describe('readAsTold: a free gift missing, a setup asked, a delivery moved, a dunning fee', () => {
  itReads([
    {
      language: 'en',
      text: 'Your ad said you get a free gift with every backpack, and there was none.',
      read: 'where_is_my_order',
      expected: 'missing_item',
    },
    { language: 'de', text: 'Die Gratisbeigabe fehlte im Paket.', read: 'where_is_my_order', expected: 'missing_item' },
    { language: 'fr', text: "Le cadeau offert n'était pas dans le colis.", read: 'exchange', expected: 'missing_item' },
    { language: 'es', text: 'No venía el regalo de la promoción.', read: 'where_is_my_order', expected: 'missing_item' },
    { language: 'ko', text: '아직 사은품을 못 받았어요.', read: 'where_is_my_order', expected: 'missing_item' },
    { language: 'ja', text: 'ノベルティが入っていませんでした。', read: 'where_is_my_order', expected: 'missing_item' },
    {
      language: 'en',
      text: 'Am I doing something wrong or is it meant to be the B bolts?',
      read: 'modify_order',
      expected: 'product_question',
    },
    { language: 'de', text: 'Was bedeutet E04 im Display?', read: 'damaged_item', expected: 'product_question' },
    {
      language: 'fr',
      text: 'Que signifie ce code, et comment démonter le couvercle ?',
      read: 'modify_order',
      expected: 'product_question',
    },
    { language: 'es', text: '¿Las patas se pueden desmontar?', read: 'damaged_item', expected: 'product_question' },
    { language: 'ko', text: '오류 코드가 무슨 뜻인가요?', read: 'damaged_item', expected: 'product_question' },
    { language: 'ja', text: 'ベッドの組み立て方を教えていただけますか。', read: 'modify_order', expected: 'product_question' },
    { language: 'en', text: 'Could you reschedule the delivery to Thursday?', read: 'where_is_my_order', expected: 'modify_order' },
    {
      language: 'de',
      text: 'Können Sie veranlassen, dass die Lieferung auf Freitag verlegt wird?',
      read: 'where_is_my_order',
      expected: 'modify_order',
    },
    {
      language: 'fr',
      text: 'Pourriez-vous demander une nouvelle livraison à domicile ?',
      read: 'address_change',
      expected: 'modify_order',
    },
    { language: 'es', text: '¿Podéis cambiar la fecha de entrega al jueves?', read: 'where_is_my_order', expected: 'modify_order' },
    { language: 'ko', text: '설치 날짜를 13일로 바꿀 수 있을까요?', read: 'shipping_question', expected: 'modify_order' },
    { language: 'ja', text: '配達日を金曜日に変更していただけますか。', read: 'where_is_my_order', expected: 'modify_order' },
    { language: 'en', text: 'You added a late fee although I paid the invoice on time.', read: 'complaint', expected: 'payment_issue' },
    { language: 'de', text: 'Bitte streichen Sie die Mahngebühr.', read: 'complaint', expected: 'payment_issue' },
    { language: 'fr', text: "J'ai reçu des frais de relance pour une facture payée.", read: 'invoice', expected: 'payment_issue' },
    { language: 'es', text: 'Me ha llegado un recargo por demora de una factura pagada.', read: 'complaint', expected: 'payment_issue' },
    { language: 'ko', text: '이미 결제했는데 연체료가 붙었어요.', read: 'complaint', expected: 'payment_issue' },
    { language: 'ja', text: '支払い済みなのに督促状が届きました。', read: 'invoice', expected: 'payment_issue' },
  ]);

  it('leaves a date or an error only told alone: no change asked, the fault still a fault', () => {
    expect(readStory('The delivery date changed to Thursday.')).toBeUndefined();
    expect(readAs('Das Display zeigt E04, was bedeutet, dass er kaputt ist.', 'damaged_item')).toBeUndefined();
  });
});

describe('readAsTold: a spare part, the next box changed, a plain box, a quote, a card slip', () => {
  itReads([
    { language: 'en', text: 'Do you sell the glass jug as a spare part?', read: 'product_question', expected: 'pre_sale_question' },
    {
      language: 'de',
      text: 'Verkauft ihr die Kanne auch einzeln als Ersatzteil?',
      read: 'product_question',
      expected: 'pre_sale_question',
    },
    { language: 'fr', text: 'Vendez-vous la verseuse en pièce détachée ?', read: 'product_question', expected: 'pre_sale_question' },
    { language: 'es', text: '¿Vendéis la jarra como recambio?', read: 'product_question', expected: 'pre_sale_question' },
    { language: 'ko', text: '유리 포트만 부품만 따로 구매할 수 있나요?', read: 'product_question', expected: 'pre_sale_question' },
    { language: 'ja', text: 'ガラスポットだけ部品のみで購入できますか。', read: 'damaged_item', expected: 'pre_sale_question' },
    { language: 'en', text: 'From my next delivery I want the coffee ground for a moka pot.', read: 'exchange', expected: 'modify_order' },
    { language: 'de', text: 'Ab der nächsten Lieferung bitte gemahlen statt ganze Bohnen.', read: 'exchange', expected: 'modify_order' },
    { language: 'fr', text: 'À partir du prochain envoi, je voudrais le café moulu.', read: 'exchange', expected: 'modify_order' },
    { language: 'es', text: 'A partir del próximo envío quiero el café molido.', read: 'exchange', expected: 'modify_order' },
    { language: 'ko', text: '다음 배송부터는 분쇄 원두로 보내주세요.', read: 'exchange', expected: 'modify_order' },
    { language: 'ja', text: '次回のお届けから粉タイプに変えてください。', read: 'exchange', expected: 'modify_order' },
    { language: 'en', text: 'Could you send my open order in a plain box?', read: 'product_question', expected: 'modify_order' },
    { language: 'de', text: 'Können Sie die Bestellung neutral verpacken?', read: 'product_question', expected: 'modify_order' },
    { language: 'fr', text: 'Pourriez-vous utiliser un emballage neutre ?', read: 'pre_sale_question', expected: 'modify_order' },
    { language: 'es', text: '¿Me lo podéis mandar en una caja sin logo?', read: 'product_question', expected: 'modify_order' },
    { language: 'ko', text: '무지 박스로 보내주실 수 있나요?', read: 'product_question', expected: 'modify_order' },
    { language: 'ja', text: '無地の箱で送っていただくことはできますか。', read: 'product_question', expected: 'modify_order' },
    { language: 'en', text: 'Could you send a quote for 250?', read: 'exchange', expected: 'pre_sale_question' },
    { language: 'ko', text: '카드매출전표를 다시 받을 수 있을까요?', read: 'modify_order', expected: 'invoice' },
  ]);
});

describe('readAsTold: an order held for a check, a date of birth, another flavour, frozen tracking', () => {
  itReads([
    { language: 'en', text: 'It still says "On hold - under review" in my account.', read: 'account', expected: 'where_is_my_order' },
    { language: 'de', text: 'Die Bestellung hängt in der Sicherheitsprüfung.', read: 'payment_issue', expected: 'where_is_my_order' },
    { language: 'fr', text: 'Ma commande est en attente de vérification depuis lundi.', read: 'account', expected: 'where_is_my_order' },
    { language: 'es', text: 'El pedido sigue en revisión de seguridad.', read: 'payment_issue', expected: 'where_is_my_order' },
    { language: 'ko', text: '주문이 보안 검토 중이라고 나와요.', read: 'account', expected: 'where_is_my_order' },
    { language: 'ja', text: '注文が審査中のままです。', read: 'account', expected: 'where_is_my_order' },
    { language: 'en', text: 'I entered the wrong date of birth when I registered.', read: 'discount_request', expected: 'account' },
    { language: 'de', text: 'Mein Geburtsdatum ist falsch hinterlegt.', read: 'modify_order', expected: 'account' },
    { language: 'fr', text: 'Ma date de naissance est erronée sur mon compte.', read: 'modify_order', expected: 'account' },
    { language: 'es', text: 'Puse mal la fecha de nacimiento al registrarme.', read: 'discount_request', expected: 'account' },
    { language: 'ko', text: '회원가입할 때 생년월일을 잘못 입력했어요.', read: 'modify_order', expected: 'account' },
    { language: 'ja', text: '生年月日を間違えて登録してしまいました。', read: 'discount_request', expected: 'account' },
    { language: 'en', text: 'I ordered chocolate but the wrong flavour arrived.', read: 'exchange', expected: 'wrong_item' },
    { language: 'de', text: 'Statt Schoko kam die falsche Sorte.', read: 'exchange', expected: 'wrong_item' },
    { language: 'fr', text: "J'ai reçu un autre parfum que celui commandé.", read: 'exchange', expected: 'wrong_item' },
    { language: 'es', text: 'Me ha llegado otro sabor.', read: 'exchange', expected: 'wrong_item' },
    { language: 'ko', text: '초코맛 주문했는데 바닐라맛이 왔어요.', read: 'exchange', expected: 'wrong_item' },
    { language: 'ja', text: 'チョコ味を注文したのに違う味が届きました。', read: 'exchange', expected: 'wrong_item' },
  ]);

  itReadsAs('where_is_my_order', [
    { language: 'en', text: 'The tracking is frozen at "Item processed" since the 9th.' },
    { language: 'fr', text: 'Le suivi est figé à « Article traité » depuis le 9 novembre.' },
    { language: 'de', text: 'Die Sendung steht seit Tagen auf „in Zustellung“.' },
    { language: 'es', text: 'El envío se ha quedado en "en tránsito".' },
    { language: 'ko', text: '배송 조회가 그대로예요.' },
    { language: 'ja', text: '9日から更新されていません。' },
  ]);
});
