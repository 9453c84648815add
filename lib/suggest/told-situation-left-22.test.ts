import { describe, expect, it } from 'vitest';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';
import { itReadsAs } from '@/lib/suggest/testing/told-situation-cases';

/** Session 23, from held-out 22's left classes (situation-cues.json, tuned on), six languages each, in other words than the set's. */
describe('readAsTold: instalments asked before buying', () => {
  itReadsAs('pre_sale_question', [
    { language: 'en', text: 'Is there a way to pay for the sofa in monthly instalments?', read: 'product_question' },
    { language: 'de', text: 'Kann ich die Waschmaschine auch auf Raten kaufen?', read: 'shipping_question' },
    { language: 'fr', text: "Est-ce qu'il est possible de régler en plusieurs fois pour le canapé ?", read: 'product_question' },
    { language: 'es', text: '¿Puedo pagar el portátil a plazos?', read: 'other' },
    { language: 'ko', text: '이 노트북 할부로 결제할 수 있나요?', read: 'product_question' },
    { language: 'ja', text: 'このソファは分割払いにできますか。', read: 'shipping_question' },
  ]);

  it('keeps instalments that went wrong a payment problem', () => {
    expect(readAs('I chose to pay in instalments, so why was the full price taken?', 'payment_issue')).not.toBe('pre_sale_question');
  });
});

describe('readAsTold: whether a product can be used with something', () => {
  itReadsAs('product_question', [
    { language: 'en', text: 'Can I use it with the filters from my old jug?', read: 'damaged_item' },
    { language: 'de', text: 'Ist der Topf auch für Induktion geeignet?', read: 'exchange' },
    { language: 'fr', text: "Puis-je l'utiliser avec de l'huile essentielle ?", read: 'other' },
    { language: 'es', text: '¿Se puede usar con agua del grifo?', read: 'damaged_item' },
    { language: 'ko', text: '이 프라이팬 인덕션에서도 쓸 수 있나요?', read: 'exchange' },
    { language: 'ja', text: 'このフライパンはガス火でも使えますか。', read: 'damaged_item' },
  ]);

  it('keeps a way to pay asked before buying', () => {
    expect(readAs('Can I use it with a PayPal account at the checkout?', 'pre_sale_question')).not.toBe('product_question');
  });
});

describe('readAsTold: thanks to pass on', () => {
  itReadsAs('feedback', [
    { language: 'en', text: 'Please say thanks to the lad who packed it so carefully.', read: 'where_is_my_order' },
    { language: 'de', text: 'Richten Sie bitte der Zustellerin meinen Dank aus.', read: 'shipping_question' },
    { language: 'fr', text: 'Remerciez le livreur de ma part, il a été adorable.', read: 'other' },
    { language: 'es', text: 'Dadle las gracias al chico del almacén de mi parte.', read: 'contact_request' },
    { language: 'ko', text: '포장해 주신 분께 고맙다고 전해 주세요.', read: 'where_is_my_order' },
    { language: 'ja', text: '配達員さんにもよろしくお伝えください。', read: 'other' },
  ]);
});

describe('readAsTold: a swap with no fault asked in everyday words', () => {
  itReadsAs('exchange', [
    { language: 'en', text: 'Any chance you could switch it for the olive one?', read: 'other' },
    { language: 'de', text: 'Kann ich die Tasse gegen eine andere tauschen?', read: 'product_question' },
    { language: 'fr', text: 'Vous pourriez me le changer contre le modèle vert ?', read: 'other' },
    { language: 'es', text: '¿Me la cambiáis por la negra?', read: 'feedback' },
    { language: 'ko', text: '네이비로 바꿔 줄 수 있어요?', read: 'other' },
    { language: 'ja', text: '黒いほうに替えてもらえますか。', read: 'product_question' },
  ]);

  it('keeps an address changed and leaves a swap told', () => {
    expect(readAs('주소를 회사로 바꿔 줄 수 있어요?', 'address_change')).not.toBe('exchange');
    expect(readStory('My sister swapped it for the olive one in your shop.')).toBeUndefined();
  });
});

describe('readAsTold: which of two sizes or models would fit, before buying', () => {
  itReadsAs('pre_sale_question', [
    { language: 'en', text: 'Which of the two would fit a 2015 Golf?', read: 'product_question' },
    { language: 'de', text: 'Welche der beiden passt an ein Trekkingrad?', read: 'product_question' },
    { language: 'fr', text: 'Lequel irait le mieux sur une table de 90 cm, le rond ou le carré ?', read: 'other' },
    { language: 'es', text: '¿Cuál me iría mejor, la 38 o la 39?', read: 'product_question' },
    { language: 'ko', text: 'S랑 M 중에 어떤 게 맞을까요?', read: 'missing_item' },
    { language: 'ja', text: 'MとLではどちらが合いますか。', read: 'product_question' },
  ]);

  it('keeps a swap of a size received', () => {
    expect(readAs('Which size would fit better, can I swap the M?', 'exchange')).not.toBe('pre_sale_question');
  });
});

describe('readAsTold: what the shop should do better from now on', () => {
  itReadsAs('feedback', [
    { language: 'en', text: 'It might be worth adding a photo of the back of the box.', read: 'complaint' },
    { language: 'de', text: 'Schickt mir in Zukunft bitte keinen gedruckten Katalog mehr.', read: 'invoice' },
    { language: 'fr', text: 'Ce serait bien de mettre la notice en ligne aussi.', read: 'product_question' },
    { language: 'es', text: 'Deberíais añadir las medidas en la ficha del producto.', read: 'other' },
    { language: 'ko', text: '다음부터는 아이스팩을 좀 더 넣어 주세요.', read: 'complaint' },
    { language: 'ja', text: '今後は紙の納品書を入れないでいただけると助かります。', read: 'invoice' },
  ]);

  it('keeps a remedy for this order', () => {
    expect(readAs('From now on please pack better, and refund the broken cup.', 'refund')).not.toBe('feedback');
  });
});
