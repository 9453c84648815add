import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';
import { itReads, itReadsAs } from '@/lib/suggest/testing/told-situation-cases';

/** Session 21, from held-out 20's classes left after session 20 (situation-cues.json), in six languages each. */
describe('readAsTold: a mismatched pair, a part the box promised, a fault that persists', () => {
  itReads([
    {
      language: 'en',
      text: 'In the box: the left shoe is a size 9, the right shoe is a size 8, two different sizes.',
      read: 'missing_item',
      expected: 'wrong_item',
    },
    { language: 'de', text: 'Im Karton: linker Schuh 43, rechter Schuh 42.', read: 'missing_item', expected: 'wrong_item' },
    { language: 'fr', text: "J'ai reçu deux pointures différentes dans la même boîte.", read: 'exchange', expected: 'wrong_item' },
    { language: 'es', text: 'Me han llegado dos tallas distintas en la misma caja.', read: 'missing_item', expected: 'wrong_item' },
    { language: 'ko', text: '운동화가 짝짝이로 왔어요.', read: 'exchange', expected: 'wrong_item' },
    { language: 'ja', text: '届いた靴が左右でサイズが違います。', read: 'exchange', expected: 'wrong_item' },
    { language: 'en', text: 'The box says "batteries included" on the front.', read: 'product_question', expected: 'missing_item' },
    { language: 'fr', text: 'Il y a la boîte et le livret, mais aucun certificat.', read: 'product_question', expected: 'missing_item' },
    { language: 'de', text: 'Es waren keine Batterien im Karton.', read: 'product_question', expected: 'missing_item' },
    { language: 'es', text: 'Vino sin el certificado de autenticidad.', read: 'pre_sale_question', expected: 'missing_item' },
    { language: 'ko', text: '상자를 열어보니 건전지가 없어요.', read: 'product_question', expected: 'missing_item' },
    { language: 'ja', text: '箱を開けたら保証書が入っていなかったです。', read: 'product_question', expected: 'missing_item' },
    { language: 'en', text: 'I tried another socket and it is the same.', read: 'modify_order', expected: 'damaged_item' },
    { language: 'de', text: 'An einer anderen Steckdose geht es auch nicht.', read: 'modify_order', expected: 'damaged_item' },
    { language: 'fr', text: "Même sur une autre prise, rien ne s'allume.", read: 'exchange', expected: 'damaged_item' },
    { language: 'es', text: 'Lo he probado en otro enchufe y nada.', read: 'modify_order', expected: 'damaged_item' },
    { language: 'ko', text: '다른 콘센트에 꽂아도 똑같아요.', read: 'modify_order', expected: 'damaged_item' },
    { language: 'ja', text: 'コンセントを変えても同じです。', read: 'modify_order', expected: 'damaged_item' },
  ]);

  it('leaves batteries asked about before buying, and a sure damage beside a left shoe, alone', () => {
    expect(readAs('Are batteries included with the walkie-talkies?', 'pre_sale_question')).toBeUndefined();
    expect(readAs('Sind Batterien inklusive?', 'product_question')).toBeUndefined();
    expect(readAs('Der linker Schuh hat eine gerissene Sohle.', 'damaged_item')).toBeUndefined();
  });

  it('makes a promised part missing lead over the promise read as a product question', () => {
    const mail =
      'Hello,\n\nThe walkie-talkie set arrived this morning. The box says on the front "batteries included". There are no batteries.\n\nCan you send the batteries out?\n\nColin';
    expect(classifyIntent(mail).intent).toBe('missing_item');
  });
});

describe('readAsTold: a recurrence to prevent, an order stuck in processing, a dispatch held', () => {
  itReads([
    { language: 'en', text: 'Please pass this on and make sure it does not happen again.', expected: 'complaint' },
    { language: 'de', text: 'Bitte sorgen Sie dafür, dass so etwas nicht wieder passiert.', expected: 'complaint' },
    { language: 'fr', text: 'Merci de faire en sorte que cela ne se reproduise plus.', expected: 'complaint' },
    { language: 'es', text: 'Por favor, tomen medidas para que no vuelva a pasar.', expected: 'complaint' },
    { language: 'ko', text: '책임자분께 전달해 주시고 재발 방지 해주세요.', expected: 'complaint' },
    { language: 'ja', text: '再発防止をお願いいたします。', expected: 'complaint' },
    { language: 'en', text: 'My order still shows as processing after a week.', expected: 'where_is_my_order' },
    { language: 'de', text: 'Die Bestellung ist seit Tagen in Bearbeitung.', expected: 'where_is_my_order' },
    { language: 'fr', text: 'Ma commande est toujours en préparation depuis dix jours.', expected: 'where_is_my_order' },
    { language: 'es', text: 'El pedido sigue en preparación desde el lunes.', expected: 'where_is_my_order' },
    { language: 'ko', text: '일주일째 아직도 배송 준비중이에요.', expected: 'where_is_my_order' },
    { language: 'ja', text: '一週間たってもまだ発送準備中のままです。', expected: 'where_is_my_order' },
    { language: 'en', text: 'Would you be able to hold on to the order and not send it until the 15th?', expected: 'modify_order' },
    { language: 'de', text: 'Könnten Sie mit dem Versand warten, bis ich zurück bin?', expected: 'modify_order' },
    { language: 'fr', text: "Pourriez-vous ne pas l'envoyer avant le 15 ?", expected: 'modify_order' },
    { language: 'es', text: '¿Podéis no enviarlo hasta el día 15?', expected: 'modify_order' },
    { language: 'ko', text: '15일까지 보내지 말아 주세요.', expected: 'modify_order' },
    { language: 'ja', text: '15日まで発送しないでいただけますか。', expected: 'modify_order' },
  ]);

  it('tells a recurrence and a stuck order in a story, and keeps a sure replacement asked with them', () => {
    expect(readStory('재발 방지 해주세요.')).toBe('complaint');
    expect(readStory('Meine Bestellung ist immer noch in Bearbeitung.')).toBe('where_is_my_order');
    expect(readAs('Please send a new one and make sure it does not happen again.', 'damaged_item')).toBeUndefined();
  });

  it("asks a bare 'Can you check?' about the stuck order told before it", () => {
    expect(classifyIntent('I ordered the lamp last week and it still shows as processing. Can you check?').intent).toBe(
      'where_is_my_order',
    );
  });
});

describe('readAsTold: a gift message we printed wrong', () => {
  itReadsAs('wrong_item', [
    { language: 'en', text: 'Could you print the card again correctly and post it to her?' },
    { language: 'de', text: 'Können Sie die Karte neu drucken? Da war ein Tippfehler in der Grußkarte.' },
    { language: 'fr', text: 'Pourriez-vous réimprimer la carte et la lui envoyer ?' },
    { language: 'es', text: '¿Podéis volver a imprimir la tarjeta con el texto correcto?' },
    { language: 'ko', text: '메시지 카드에 오타가 있어요. 카드 다시 인쇄해서 보내주실 수 있나요?' },
    { language: 'ja', text: 'メッセージカードに誤字がありました。' },
  ]);
});
