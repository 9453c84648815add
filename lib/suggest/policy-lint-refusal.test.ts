import { describe, expect, it } from 'vitest';
import { amazonCodes } from '@/lib/testing/amazon-lint';

describe('a shop, a code or an offer named to say no is no promotion', () => {
  it.each([
    'The matching lampshade is not sold by our shop, so I cannot offer it to you.',
    'A gift voucher code is something we cannot issue through Amazon, sorry.',
    'Die passende Tasche wird von unserem Shop nicht verkauft.',
    'Einen Gutscheincode für die nächste Lieferung dürfen wir hier leider nicht vergeben.',
    'Le coussin assorti n’est pas vendu par notre boutique, je ne peux donc pas vous l’envoyer.',
    'Ese cupón de nuestra tienda no se aplica a los pedidos de Amazon.',
    // a semicolon moving on to the order is no turn back to the shop
    'Los vales de nuestra tienda no son válidos en Amazon; el reembolso del envío ya está hecho.',
    '포인트는 저희 쇼핑몰에서만 쓰는 제도라 아마존 주문에는 사용이 불가합니다.',
    'ポイントは当店のネットショップ限定の制度のため、Amazonでのご注文には適用されません。',
  ])('%s', (text) => {
    expect(amazonCodes(text)).not.toContain('marketing');
  });

  it.each([
    // the no is followed by a turn back to the buyer: a "but", the shop, an invitation, a code
    'The refill is not sold on Amazon, but our online store has it in stock.',
    'We do not stock the blue one here, visit our website for the full range.',
    'Die Hülle ist bei Amazon nicht erhältlich, aber in unserem eigenen Onlineshop schon.',
    'Ce modèle n’est pas disponible sur Amazon, mais découvrez-le sur notre site.',
    'No lo vendemos en Amazon, pero está en nuestra tienda online.',
    '아마존에서는 판매하지 않지만 저희 쇼핑몰에서 구매하실 수 있습니다.',
    'Amazonでは販売しておりませんが、公式サイトでお求めいただけます。',
    'We cannot apply that coupon; here is code SPRING15 for the next one.',
  ])('%s', (text) => {
    expect(amazonCodes(text)).toContain('marketing');
  });
});
