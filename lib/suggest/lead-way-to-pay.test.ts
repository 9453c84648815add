import { describe, expect, it } from 'vitest';
import type { Intent } from '@/lib/schemas/template';
import { saysNotYetOrdered } from '@/lib/suggest/lead-cues';
import { leadRequest } from '@/lib/suggest/lead-request';
import type { MessageRequest } from '@/lib/suggest/requests';

/** A request over the given words of the text, with the given raw confidence. */
function request(text: string, words: string, intent: Intent, confidence: number): MessageRequest {
  const start = text.indexOf(words);
  return { intent, confidence, ranking: [{ intent, score: confidence }], start, end: start + words.length };
}

/** The lead of a mail whose first sentence tells a failed payment (read sure) and whose second asks a way to pay. */
function leadOf(story: string, ask: string): Intent {
  const text = `${story} ${ask}`;
  return leadRequest(text, [request(text, story, 'payment_issue', 0.97), request(text, ask, 'pre_sale_question', 0.99)]).intent;
}

/** Session 22, from held-out 21's declined card at checkout (tuned on): how to pay, before an order is placed, is pre-sale. */
describe('leadRequest: a way to pay asked while still trying to order', () => {
  it.each([
    [
      'I am trying to order the blender but the checkout rejects my Mastercard every time.',
      'Is there another way I can pay, PayPal maybe?',
    ],
    [
      'Ich versuche seit Tagen, den Schreibtisch zu bestellen, aber meine Karte wird nicht akzeptiert.',
      'Geht auch Vorkasse per Überweisung?',
    ],
    ["J'ai essayé de commander la lampe trois fois, le paiement ne passe jamais.", 'Puis-je vous régler par chèque ?'],
    ['Quiero comprar la cafetera pero la tarjeta me da error al pagar.', '¿Se puede pagar contra reembolso?'],
    ['책상을 주문하려고 하는데 카드 결제가 계속 실패합니다.', '무통장 입금으로도 결제할 수 있나요?'],
    ['ソファを注文しようとしたのですが、カードが使えませんでした。', '代金引換で支払うことはできますか。'],
  ])('%j then %j leads with the way to pay', (story, ask) => {
    expect(leadOf(story, ask)).toBe('pre_sale_question');
  });

  it('keeps the failed payment first for an order already placed, or when the refusal itself is asked about', () => {
    expect(leadOf('My order is stuck at "payment pending" since the card was declined.', 'Can I pay it by bank transfer?')).toBe(
      'payment_issue',
    );
    expect(
      leadOf('I am trying to order the lamp and my card is refused.', 'Is something wrong on your side? If not, can I pay by transfer?'),
    ).toBe('payment_issue');
  });
});

describe('saysNotYetOrdered', () => {
  it.each([
    ['I want to order two of the stools.', true],
    ['Wir versuchen zu bestellen, aber es klappt nicht.', true],
    ['Je voudrais commander la table en chêne.', true],
    ['장바구니에 담아 두었는데 결제가 안 돼요.', true],
    ['I ordered the stools last week and paid by card.', false],
    ['Ich habe die Stühle letzte Woche bestellt.', false],
  ] as const)('%j → %s', (text, expected) => {
    expect(saysNotYetOrdered(text)).toBe(expected);
  });
});
