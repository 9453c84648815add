import { describe, expect, it } from 'vitest';
import { amazonCodes } from '@/lib/testing/amazon-lint';

const flagged = (text: string) => amazonCodes(text).length > 0;

// Fourteenth pass: a product of ours, or a complement, said to be on offer now is a pitch without any appeal.
describe('a product of ours on offer now', () => {
  it.each([
    'Many of our regulars also keep our bamboo brush handy, and it currently comes in a twin pack.',
    'Viele Stammkunden nehmen dazu unser Pflegeöl, das diese Woche im Vorteilspack zu haben ist.',
    'Nos habitués prennent souvent notre huile d’entretien, en ce moment à prix réduit.',
    'Muchos clientes usan además nuestro aceite para madera, que esta semana está a mitad de precio.',
    '같은 라인의 도마 오일도 이번 주 특가로 만나보실 수 있어요.',
    '同じシリーズのお手入れオイルも、今ならお得なセットでご用意しております。',
  ])('flags %s', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    // the buyer's own order or question answered, a replacement, a delay: service
    'The board you ordered is now reduced, so we have refunded you the difference.',
    'Sie haben das Öl bestellt, als es im Angebot war; der Preis gilt selbstverständlich weiter.',
    'Votre planche de remplacement est partie ; elle était en promotion, sans frais pour vous.',
    'Su pedido del aceite se ha retrasado porque la oferta agotó el stock; sale el lunes.',
    '주문하신 도마는 할인 중에 구매하셔서 차액을 환불해 드렸습니다.',
    'ご注文いただいたオイルはセール中のご購入のため、差額をご返金いたしました。',
    // a price with no product of ours named
    'Prices on Amazon are sometimes reduced during events, so it is worth checking.',
  ])('leaves service alone: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});
