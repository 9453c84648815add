import { describe, expect, it } from 'vitest';
import { reading, readAs, readStory } from '@/lib/suggest/testing/sure-reading';
import { readAsTold } from '@/lib/suggest/told-situation';

/** What an asked clause the model reads as nothing is read as. */
const readUnsure = (clause: string) => readAsTold(clause, reading('other', 0.6), false)?.intent;

/** Session 24, from held-out 24's classes after its first run (situation-cues.json, tuned on), six languages each, in other words than the set's. */
describe('readAsTold: an order asked to go to another address than the customer’s own', () => {
  it.each([
    ['Could you ship the rug to my studio instead of my home address?', 'modify_order'],
    ['Könnt ihr das Paket bitte zu meinen Eltern schicken statt zu mir?', 'where_is_my_order'],
    ["Vous pouvez l'expédier chez mon voisin plutôt que chez moi ?", 'shipping_question'],
    ['¿Me lo pueden mandar a la oficina en vez de a mi casa?', 'modify_order'],
    ['집 말고 사무실로 보내 주실 수 있나요?', 'modify_order'],
    ['お届け先を勤務先に変えていただけますか。', 'modify_order'],
  ] as const)('%j read as %s is address_change', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('address_change');
  });

  it('counts only when asked', () => {
    expect(readStory('Last time it went to my office instead of my home address.')).toBeUndefined();
  });
});

describe('readAsTold: a product that came without one of its parts', () => {
  it.each([
    ['The blender came without the lid.', 'damaged_item'],
    ['Der Grill kam ohne Rost.', 'product_question'],
    ['Le vélo est arrivé mais sans sa selle.', 'damaged_item'],
    ['En la caja no venía el cargador.', 'payment_issue'],
    ['의자가 바퀴 없이 왔어요.', 'complaint'],
    ['椅子がキャスターなしで届きました。', 'product_question'],
  ] as const)('%j read as %s is missing_item', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('missing_item');
  });
});

describe('readAsTold: a charge the customer does not recognise', () => {
  it.each([
    ['My statement shows a charge I don’t recognise from your shop.', 'product_question'],
    ['Ist die Abbuchung von euch? Da steht ein anderer Name.', 'product_question'],
    ['Il y a sur mon relevé un prélèvement que je ne reconnais pas.', 'pre_sale_question'],
    ['Tengo un cargo desconocido de 30 euros en la tarjeta.', 'where_is_my_order'],
    ['카드 내역에 모르는 결제가 있어요.', 'account'],
    ['カード明細に身に覚えのない請求がありました。', 'product_question'],
  ] as const)('%j read as %s is payment_issue', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('payment_issue');
  });
});

describe('readAsTold: a payment the shop says fell short', () => {
  it.each([
    ['Your reminder says I underpaid, but I sent the full amount.', 'refund'],
    ['Laut eurer Mail habe ich zu wenig überwiesen.', 'missing_item'],
    ['Vous parlez d’un paiement incomplet, je ne comprends pas.', 'invoice'],
    ['Me escriben que el pago está incompleto.', 'where_is_my_order'],
    ['입금액이 부족하다는 안내를 받았어요.', 'refund'],
    ['振込額が不足しているとの連絡がありました。', 'missing_item'],
  ] as const)('%j read as %s is payment_issue', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('payment_issue');
  });
});

describe('readAsTold: a price seen elsewhere, asked for', () => {
  it.each([
    ['Would you price match the one I saw at the garden centre?', 'product_question'],
    ['Bekomme ich den gleichen Preis wie im Laden?', 'pre_sale_question'],
    ['Pourriez-vous me faire un prix pour les deux fauteuils ?', 'other'],
    ['¿Me hacen precio si llevo tres?', 'other'],
    ['매장이랑 같은 가격으로 구매할 수 있을까요?', 'modify_order'],
    ['三つ買うので少し値引きしていただけますか。', 'modify_order'],
  ] as const)('%j read as %s is discount_request', (clause, misread) => {
    expect(misread === 'other' ? readUnsure(clause) : readAs(clause, misread)).toBe('discount_request');
  });

  it('counts only when asked', () => {
    expect(readStory('They gave me the same price as online last time.')).toBeUndefined();
  });
});

describe('readAsTold: where or when an order not yet delivered should be left, asked', () => {
  it.each([
    ["If I'm out, could you leave it with my neighbour at number 12?", 'shipping_question'],
    ['Könnte der Bote das Paket bitte in die Garage stellen?', 'pre_sale_question'],
    ['Si possible, livrez-le plutôt mardi, je serai en télétravail.', 'shipping_question'],
    ['¿Lo pueden dejar en el kiosco de enfrente?', 'product_question'],
    ['없으면 옆집에 맡겨 주실 수 있나요?', 'where_is_my_order'],
    ['不在ならお隣に預けてもらえますか。', 'product_question'],
  ] as const)('%j read as %s is modify_order', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('modify_order');
  });
});

describe('readAsTold: whether the shop delivers to a place, asked', () => {
  it.each([
    ['Do you ship to the Isle of Man?', 'pre_sale_question'],
    ['Liefert ihr auch nach Südtirol?', 'product_question'],
    ['Vous livrez en Corse ?', 'pre_sale_question'],
    ['¿Hacéis envíos a Ceuta?', 'product_question'],
    ['울릉도도 배송되나요?', 'pre_sale_question'],
    ['離島にも配送できますか。', 'pre_sale_question'],
  ] as const)('%j read as %s is shipping_question', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('shipping_question');
  });

  it('counts only when asked', () => {
    expect(readStory('You told me you ship to the Isle of Man.')).toBeUndefined();
  });
});
