import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';

/** Session 21, from held-out 20's classes left after session 20 (situation-cues.json), in six languages each. */
describe('readAsTold: a mismatched pair, a part the box promised, a fault that persists', () => {
  it.each([
    ['In the box: the left shoe is a size 9, the right shoe is a size 8, two different sizes.', 'missing_item', 'wrong_item'],
    ['Im Karton: linker Schuh 43, rechter Schuh 42.', 'missing_item', 'wrong_item'],
    ["J'ai reçu deux pointures différentes dans la même boîte.", 'exchange', 'wrong_item'],
    ['Me han llegado dos tallas distintas en la misma caja.', 'missing_item', 'wrong_item'],
    ['운동화가 짝짝이로 왔어요.', 'exchange', 'wrong_item'],
    ['届いた靴が左右でサイズが違います。', 'exchange', 'wrong_item'],
    ['The box says "batteries included" on the front.', 'product_question', 'missing_item'],
    ['Il y a la boîte et le livret, mais aucun certificat.', 'product_question', 'missing_item'],
    ['Es waren keine Batterien im Karton.', 'product_question', 'missing_item'],
    ['Vino sin el certificado de autenticidad.', 'pre_sale_question', 'missing_item'],
    ['상자를 열어보니 건전지가 없어요.', 'product_question', 'missing_item'],
    ['箱を開けたら保証書が入っていなかったです。', 'product_question', 'missing_item'],
    ['I tried another socket and it is the same.', 'modify_order', 'damaged_item'],
    ['An einer anderen Steckdose geht es auch nicht.', 'modify_order', 'damaged_item'],
    ["Même sur une autre prise, rien ne s'allume.", 'exchange', 'damaged_item'],
    ['Lo he probado en otro enchufe y nada.', 'modify_order', 'damaged_item'],
    ['다른 콘센트에 꽂아도 똑같아요.', 'modify_order', 'damaged_item'],
    ['コンセントを変えても同じです。', 'modify_order', 'damaged_item'],
  ] as const)('%j read as %s is %s', (clause, misread, intent) => {
    expect(readAs(clause, misread)).toBe(intent);
  });

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
  it.each([
    ['Please pass this on and make sure it does not happen again.', 'complaint'],
    ['Bitte sorgen Sie dafür, dass so etwas nicht wieder passiert.', 'complaint'],
    ['Merci de faire en sorte que cela ne se reproduise plus.', 'complaint'],
    ['Por favor, tomen medidas para que no vuelva a pasar.', 'complaint'],
    ['책임자분께 전달해 주시고 재발 방지 해주세요.', 'complaint'],
    ['再発防止をお願いいたします。', 'complaint'],
    ['My order still shows as processing after a week.', 'where_is_my_order'],
    ['Die Bestellung ist seit Tagen in Bearbeitung.', 'where_is_my_order'],
    ['Ma commande est toujours en préparation depuis dix jours.', 'where_is_my_order'],
    ['El pedido sigue en preparación desde el lunes.', 'where_is_my_order'],
    ['일주일째 아직도 배송 준비중이에요.', 'where_is_my_order'],
    ['一週間たってもまだ発送準備中のままです。', 'where_is_my_order'],
    ['Would you be able to hold on to the order and not send it until the 15th?', 'modify_order'],
    ['Könnten Sie mit dem Versand warten, bis ich zurück bin?', 'modify_order'],
    ["Pourriez-vous ne pas l'envoyer avant le 15 ?", 'modify_order'],
    ['¿Podéis no enviarlo hasta el día 15?', 'modify_order'],
    ['15일까지 보내지 말아 주세요.', 'modify_order'],
    ['15日まで発送しないでいただけますか。', 'modify_order'],
  ])('%j, told or asked, is %s', (clause, intent) => {
    expect(readStory(clause)).toBe(intent);
  });

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
  it.each([
    'Could you print the card again correctly and post it to her?',
    'Können Sie die Karte neu drucken? Da war ein Tippfehler in der Grußkarte.',
    'Pourriez-vous réimprimer la carte et la lui envoyer ?',
    '¿Podéis volver a imprimir la tarjeta con el texto correcto?',
    '메시지 카드에 오타가 있어요. 카드 다시 인쇄해서 보내주실 수 있나요?',
    'メッセージカードに誤字がありました。',
  ])('%j, weakly read, is wrong_item', (clause) => {
    expect(readStory(clause)).toBe('wrong_item');
  });
});
