import { describe, expect, it } from 'vitest';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';

/** Session 23, from held-out 22's left classes (situation-cues.json, tuned on), six languages each, in other words than the set's. */
describe('readAsTold: instalments asked before buying', () => {
  it.each([
    ['Is there a way to pay for the sofa in monthly instalments?', 'product_question'],
    ['Kann ich die Waschmaschine auch auf Raten kaufen?', 'shipping_question'],
    ["Est-ce qu'il est possible de régler en plusieurs fois pour le canapé ?", 'product_question'],
    ['¿Puedo pagar el portátil a plazos?', 'other'],
    ['이 노트북 할부로 결제할 수 있나요?', 'product_question'],
    ['このソファは分割払いにできますか。', 'shipping_question'],
  ] as const)('%j read as %s is pre_sale_question', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('pre_sale_question');
  });

  it('keeps instalments that went wrong a payment problem', () => {
    expect(readAs('I chose to pay in instalments, so why was the full price taken?', 'payment_issue')).not.toBe('pre_sale_question');
  });
});

describe('readAsTold: whether a product can be used with something', () => {
  it.each([
    ['Can I use it with the filters from my old jug?', 'damaged_item'],
    ['Ist der Topf auch für Induktion geeignet?', 'exchange'],
    ["Puis-je l'utiliser avec de l'huile essentielle ?", 'other'],
    ['¿Se puede usar con agua del grifo?', 'damaged_item'],
    ['이 프라이팬 인덕션에서도 쓸 수 있나요?', 'exchange'],
    ['このフライパンはガス火でも使えますか。', 'damaged_item'],
  ] as const)('%j read as %s is product_question', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('product_question');
  });

  it('keeps a way to pay asked before buying', () => {
    expect(readAs('Can I use it with a PayPal account at the checkout?', 'pre_sale_question')).not.toBe('product_question');
  });
});

describe('readAsTold: thanks to pass on', () => {
  it.each([
    ['Please say thanks to the lad who packed it so carefully.', 'where_is_my_order'],
    ['Richten Sie bitte der Zustellerin meinen Dank aus.', 'shipping_question'],
    ['Remerciez le livreur de ma part, il a été adorable.', 'other'],
    ['Dadle las gracias al chico del almacén de mi parte.', 'contact_request'],
    ['포장해 주신 분께 고맙다고 전해 주세요.', 'where_is_my_order'],
    ['配達員さんにもよろしくお伝えください。', 'other'],
  ] as const)('%j read as %s is feedback', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('feedback');
  });
});

describe('readAsTold: a swap with no fault asked in everyday words', () => {
  it.each([
    ['Any chance you could switch it for the olive one?', 'other'],
    ['Kann ich die Tasse gegen eine andere tauschen?', 'product_question'],
    ['Vous pourriez me le changer contre le modèle vert ?', 'other'],
    ['¿Me la cambiáis por la negra?', 'feedback'],
    ['네이비로 바꿔 줄 수 있어요?', 'other'],
    ['黒いほうに替えてもらえますか。', 'product_question'],
  ] as const)('%j read as %s is exchange', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('exchange');
  });

  it('keeps an address changed and leaves a swap told', () => {
    expect(readAs('주소를 회사로 바꿔 줄 수 있어요?', 'address_change')).not.toBe('exchange');
    expect(readStory('My sister swapped it for the olive one in your shop.')).toBeUndefined();
  });
});

describe('readAsTold: which of two sizes or models would fit, before buying', () => {
  it.each([
    ['Which of the two would fit a 2015 Golf?', 'product_question'],
    ['Welche der beiden passt an ein Trekkingrad?', 'product_question'],
    ['Lequel irait le mieux sur une table de 90 cm, le rond ou le carré ?', 'other'],
    ['¿Cuál me iría mejor, la 38 o la 39?', 'product_question'],
    ['S랑 M 중에 어떤 게 맞을까요?', 'missing_item'],
    ['MとLではどちらが合いますか。', 'product_question'],
  ] as const)('%j read as %s is pre_sale_question', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('pre_sale_question');
  });

  it('keeps a swap of a size received', () => {
    expect(readAs('Which size would fit better, can I swap the M?', 'exchange')).not.toBe('pre_sale_question');
  });
});

describe('readAsTold: what the shop should do better from now on', () => {
  it.each([
    ['It might be worth adding a photo of the back of the box.', 'complaint'],
    ['Schickt mir in Zukunft bitte keinen gedruckten Katalog mehr.', 'invoice'],
    ['Ce serait bien de mettre la notice en ligne aussi.', 'product_question'],
    ['Deberíais añadir las medidas en la ficha del producto.', 'other'],
    ['다음부터는 아이스팩을 좀 더 넣어 주세요.', 'complaint'],
    ['今後は紙の納品書を入れないでいただけると助かります。', 'invoice'],
  ] as const)('%j read as %s is feedback', (clause, misread) => {
    expect(readAs(clause, misread)).toBe('feedback');
  });

  it('keeps a remedy for this order', () => {
    expect(readAs('From now on please pack better, and refund the broken cup.', 'refund')).not.toBe('feedback');
  });
});
