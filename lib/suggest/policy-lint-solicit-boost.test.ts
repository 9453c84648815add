import { describe, expect, it } from 'vitest';
import { amazonCodes as codes } from '@/lib/testing/amazon-lint';

// Session 24 (lint22, from lint held-out 21's French review miss, in other words): the lift the buyer's words, where
// other shoppers look, would give the seller asks for them, said in the conditional; a thank-you says it in the past.
describe('a lift the buyer’s words would give', () => {
  it.each([
    'Glad the kettle suits you. Your thoughts, right where future buyers look before they order, would give us a real boost.',
    'Schön, dass die Lampe gefällt. Ihre Meinung auf der Produktseite, wo andere Kunden nachsehen, würde uns einen echten Schub geben.',
    'Ravis que la veste vous plaise. Votre avis, là où les prochains acheteurs regardent, nous donnerait un vrai coup de pouce.',
    'Nos alegra que le guste la mochila. Su opinión, donde miran los futuros compradores, nos daría un buen empujón.',
    '텀블러가 마음에 드신다니 기쁩니다. 상품 페이지에 고객님의 소감이 있으면 저희에게 큰 힘이 될 것 같아요.',
    'ケトルを気に入っていただけて嬉しいです。商品ページにお客様のご感想があれば、小さな店の後押しになります。',
  ])('asks: %s', (text) => {
    expect(codes(text)).toContain('review_request_biased');
  });

  it.each([
    'Thank you! Your kind words on the listing gave us a real boost this week.',
    'Merci ! Votre avis sur la fiche produit nous a donné un vrai coup de pouce.',
  ])('thanks: %s', (text) => {
    expect(codes(text)).toEqual([]);
  });
});
