import { describe, expect, it } from 'vitest';
import type { Intent } from '@/lib/schemas/template';
import { asToldRemedy, readAsTold } from '@/lib/suggest/told-situation';
import { reading } from '@/lib/suggest/testing/sure-reading';

/** The requests asToldRemedy leaves of a told clause (no request) and an ask read as `asked`. */
function afterTold(told: string, ask: string, asked: Intent): Intent[] {
  const clauses = [
    { text: told, start: 0, end: told.length },
    { text: ask, start: told.length + 1, end: told.length + 1 + ask.length },
  ];
  return asToldRemedy(clauses, [{ ...reading(asked, 0.8), start: clauses[1]!.start, end: clauses[1]!.end }]).map((r) => r.intent);
}

/** Session 18: the money back of a delivery fee the shop's page calls free is payment_issue (LABELS.md, held-out 13's call). */
describe('asToldRemedy: delivery charged though the page says it is free', () => {
  it.each([
    ['Your website says free delivery on orders over £50.', 'I want that £4.95 back.'],
    ['Auf Ihrer Seite steht versandkostenfrei ab 50 €.', 'Bitte erstatten Sie mir die 4,95 €.'],
    ['Votre site indique livraison gratuite dès 49 €.', 'Je veux être remboursée des frais de port.'],
    ['En la web pone envío gratis a partir de 40 €.', 'Quiero que me devolváis los gastos de envío.'],
    ['홈페이지에 5만원 이상 무료배송이라고 되어 있어요.', '배송비 돌려주세요.'],
    ['サイトには5,000円以上送料無料と書いてあります。', '送料を返金してください。'],
  ])('%j then %j is payment_issue', (told, ask) => {
    expect(afterTold(told, ask, 'refund')).toEqual(['payment_issue']);
  });

  it('makes no request of the free delivery told, nor of a pre-sale question about it', () => {
    expect(readAsTold('Your website says free delivery on orders over £50.', reading('other', 0.6), false)).toBeUndefined();
    expect(readAsTold('Is it free delivery on orders over £50?', reading('shipping_question', 0.9), true)).toBeUndefined();
  });
});

/** Session 18: customs and handling fees collected at the door are dutiesCollected's payment_issue too. */
describe('readAsTold: customs and handling fees collected', () => {
  it.each([
    'The courier wanted £18 in customs and handling fees.',
    'Die Post wollte CHF 38.60 Zoll und Bearbeitungsgebühr.',
    "J'ai payé 25 € de droits de douane et frais de dossier.",
    'Me cobraron aduana y gastos de gestión al entregarlo.',
    '관세와 수수료로 3만원을 냈어요.',
    '関税と手数料で3,000円払いました。',
  ])('%j read as refund is payment_issue', (clause) => {
    expect(readAsTold(clause, reading('refund', 0.8), true)?.intent).toBe('payment_issue');
  });
});
