import { describe, expect, it } from 'vitest';
import { amazonCodes as codes } from '@/lib/testing/amazon-lint';

// Thirteenth pass: a coupon the seller cannot apply is explained, and a polite "please understand" gives nothing.
describe('a coupon the seller cannot apply, said politely, is no promotion', () => {
  it.each([
    'We are not able to put a coupon on an order after it has been paid, and we apologise for that.',
    'Einen Gutschein können wir für bereits bezahlte Bestellungen leider nicht mehr hinterlegen.',
    'Il nous est impossible d’appliquer un code promo à une commande déjà réglée, merci de votre compréhension.',
    'No es posible aplicar un cupón a un pedido ya pagado, le pedimos disculpas.',
    '이미 결제된 주문에는 판매자가 쿠폰을 적용해 드릴 수 없는 점 양해 부탁드립니다.',
    '決済済みのご注文には、出品者側でクーポンを適用いたしかねます。ご了承ください。',
  ])('%s', (text) => {
    expect(codes(text)).not.toContain('marketing');
  });

  it.each([
    'We are not able to refund the postage, but we will send you a coupon for 10% off instead.',
    '배송비 환불은 어렵지만 다음 주문에 쓰실 쿠폰을 보내 드립니다.',
    'ご不便をおかけしたお詫びに、次回使えるクーポンを差し上げます。',
  ])('still flags a coupon given: %s', (text) => {
    expect(codes(text)).toContain('marketing');
  });
});
