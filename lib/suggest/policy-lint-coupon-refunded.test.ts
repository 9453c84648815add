import { describe, expect, it } from 'vitest';
import { amazonFlags } from '@/lib/testing/amazon-lint';

// Session 23 (lint21): a coupon or a code that did not apply, given back on this order in a sentence that also names the
// next delivery, read as a coupon offered or a discount on a next order. Money given back is service; a coupon tied to the
// next order, or handed over, is still marketing.
describe('a coupon given back on this order', () => {
  it.each([
    'The voucher code HOLIDAY7 was not accepted at checkout, so we refunded the 3 pounds to your card; your next parcel goes out as planned.',
    'We have credited back the value of the promo code LUNA15 that failed; this does not change your next shipment.',
    'Der Gutscheincode HERBST6 wurde nicht angewendet, deshalb haben wir Ihnen die 4 Euro zurückerstattet; Ihre nächste Lieferung kommt wie geplant.',
    "Le code promo AUTOMNE6 n'a pas été appliqué, on vous a donc remboursé les 4 euros ; votre prochaine livraison arrive comme prévu.",
    'El cupón OTONO6 no se aplicó, así que le devolvimos los 4 euros; su próxima entrega llega como estaba previsto.',
    '적용되지 않은 쿠폰 AUTUMN6 금액은 카드로 돌려 드렸으며, 다음 배송은 예정대로 진행됩니다.',
    '適用されなかったクーポンAKI6の分は払い戻しいたしました。次回のお届けは予定どおりです。',
  ])('leaves %s alone', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(false);
  });

  it.each([
    'We refunded the postage, and the voucher code HOLIDAY7 takes 10% off your next order.',
    'Wir haben Ihnen das Porto zurückerstattet; mit dem Gutscheincode HERBST6 sparen Sie 10 % bei Ihrer nächsten Bestellung.',
    'On vous a remboursé les frais de port, et le code AUTOMNE6 vous offre 10 % de remise sur votre prochaine commande.',
    'Le devolvimos el envío, y con el cupón OTONO6 tiene un 10 % de descuento en su próximo pedido.',
    '배송비는 돌려 드렸으며, 다음 주문 때 쿠폰 AUTUMN6으로 10% 할인 받으실 수 있습니다.',
    '送料は払い戻しいたしました。次回のご注文ではクーポンAKI6で10%割引になります。',
  ])('still flags %s', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(true);
  });
});
