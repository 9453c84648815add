import { describe, expect, it } from 'vitest';
import { amazonCodes } from '@/lib/testing/amazon-lint';

// Session 18 (lint16): a warning on how (not) to use the item bought is something the buyer needs for the order.
describe('"[Important]" on a warning about using the item bought', () => {
  it.each([
    '[Important] The heater in your order has a loose switch. Do not plug it in until the replacement switch arrives.',
    '[Important] Please never charge the scooter battery overnight; the charger in your box can overheat the cells.',
    '[Wichtig] Die Pfanne aus Ihrer Bestellung ist nicht induktionsgeeignet. Bitte benutzen Sie sie nur auf Gas- oder Elektroherden.',
    '[Important] Le chargeur de votre commande chauffe anormalement : ne le branchez pas avant d’avoir reçu le nouveau câble.',
    '[Importante] La taza de su pedido no es apta para microondas; úsela solo con bebidas templadas.',
    '[중요] 주문하신 전기포트는 물 없이 가열하지 마십시오. 내부 센서가 손상될 수 있습니다.',
    '【重要】ご注文のモバイルバッテリーは、充電しながらのご使用はお控えください。',
  ])('is essential: %s', (text) => {
    expect(amazonCodes(text)).not.toContain('important_tag_misuse');
  });

  it.each([
    '[Important] Never leave home without a smile - thanks for shopping with us!',
    '[Wichtig] Verpassen Sie nicht unseren Winterschlussverkauf!',
    '[Important] Ne manquez pas nos nouveautés de la semaine !',
  ])('is still misuse without the item: %s', (text) => {
    expect(amazonCodes(text)).toContain('important_tag_misuse');
  });
});
