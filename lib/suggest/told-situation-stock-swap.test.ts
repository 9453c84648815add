import { describe, expect, it } from 'vitest';
import type { Intent } from '@/lib/schemas/template';
import { reading } from '@/lib/suggest/testing/sure-reading';
import { readAsTold } from '@/lib/suggest/told-situation';

const readAs = (clause: string, intent: Intent, sure = true) => readAsTold(clause, reading(intent, sure ? 0.8 : 0.3), sure)?.intent;

/** Session 18, from held-out 18's classes (tuned on): each clause is the request LABELS.md gives it. */
describe('readAsTold: when a sold-out product is back, asked', () => {
  it.each([
    'Any idea when the green throw will be back in stock?',
    'PS any idea when the sage green throw will be back?',
    'Wissen Sie, wann die Decke wieder reinkommt?',
    'Savez-vous quand le plaid sera de retour ?',
    '¿Sabéis cuándo vuelve a estar disponible la manta?',
    '재입고 예정이 있나요?',
    '次回の入荷予定はいつ頃でしょうか？',
  ])('%j read as where_is_my_order is pre_sale_question', (clause) => {
    expect(readAs(clause, 'where_is_my_order')).toBe('pre_sale_question');
  });

  it('counts only when asked', () => {
    expect(readAs('次回の入荷予定は来月だと聞きました。', 'product_question')).toBeUndefined();
  });
});

describe('readAsTold: another item than the one ordered, told', () => {
  it.each([
    'I ordered the wireless mouse, instead I got a keyboard.',
    'Bestellt habe ich die Maus, stattdessen kam eine Tastatur.',
    "J'ai commandé la souris, à la place j'ai reçu un clavier.",
    'Pedí el ratón y me llegó un teclado.',
    '주문한 건 무선 마우스인데 받은 건 유선 키보드예요.',
    '注文したのはマウスですが、届いたのはキーボードでした。',
  ])('%j read as nothing is wrong_item', (clause) => {
    expect(readAs(clause, 'other', false)).toBe('wrong_item');
  });

  it('leaves a return asked about the item that arrived to the return', () => {
    expect(readAs('届いた商品はどうすればいいですか？', 'return_request')).toBeUndefined();
  });
});

describe('readAsTold: a swap for another colour or size, asked', () => {
  it.each([
    'Could I swap one for the mint one in 130?',
    'Kann ich einen Pullover gegen eine andere Farbe tauschen?',
    "Puis-je l'échanger contre une autre couleur ?",
    '¿Puedo cambiar una por la de color menta?',
    '한 벌만 민트색 130으로 교환할 수 있을까요?',
    '1着をミント色に交換していただけますか。',
  ])('%j read as nothing is exchange', (clause) => {
    expect(readAs(clause, 'other', false)).toBe('exchange');
  });
});
