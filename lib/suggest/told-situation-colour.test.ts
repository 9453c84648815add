import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { toldSituation } from '@/lib/suggest/told-situation';

/** Session 17: an item sent in another colour than ordered, kept for a discount or sent back (situation-cues.json). */
describe('toldSituation: the shop sent another colour', () => {
  it.each([
    ['I asked for navy and you sent it in bright blue.', 'wrong_item'],
    ['Die Tasse wurde in der falschen Farbe geliefert.', 'wrong_item'],
    ["J'ai reçu dans la mauvaise couleur le pull commandé en bleu.", 'wrong_item'],
    ['Pedí la taza en blanco y me ha llegado en negro.', 'wrong_item'],
    ['네이비 주문했는데 다른 색이 왔어요.', 'wrong_item'],
    ['紺を注文したのに違う色が届きました。', 'wrong_item'],
  ])('%j tells %s', (clause, intent) => {
    expect(toldSituation(clause)).toBe(intent);
  });

  it('leaves a colour the customer chose by mistake alone', () => {
    expect(toldSituation('I ordered the wrong colour by mistake, can I swap it?')).toBeUndefined();
  });
});

describe('the shipped classifier (synthetic mails, written for session 17)', () => {
  it.each([
    [
      "Hello, I ordered the cushion covers in grey and you sent it in a pale pink. Honestly they look nice. Could you take a bit off the price and I'll keep them? If not I'll return them.",
      'wrong_item',
    ],
    ['그레이 머그컵 주문했는데 핑크색이 왔어요. 나쁘지 않아서 조금 깎아주시면 그냥 쓸게요. 괜찮을까요?', 'wrong_item'],
  ])('%j leads with %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });
});
