import { describe, expect, it } from 'vitest';
import { amazonCodes } from '@/lib/testing/amazon-lint';

const tagMisused = (text: string) => amazonCodes(text).includes('important_tag_misuse');

// Fourteenth pass: an order said to be delivered or complete leaves the buyer nothing to do, so it justifies no tag.
describe('"[Important]" on news beside a finished order', () => {
  it.each([
    '[Important] Our studio is relocating to the coast in March. Your order has already been delivered, so nothing is needed from you.',
    '[Wichtig] Ab Mai finden Sie uns unter einem neuen Namen. Ihre Bestellung wurde bereits zugestellt, Sie müssen nichts tun.',
    '[Important] Notre atelier déménage à Lyon cet été. Votre commande est bien livrée, rien à faire de votre côté.',
    '[Importante] Cambiamos de nombre a partir de junio. Su pedido ya fue entregado y no tiene que hacer nada.',
    '[중요] 저희 공방이 새 이름으로 바뀝니다. 주문하신 상품은 이미 배송 완료되었습니다.',
    '【重要】来春より当店の店名が変わります。ご注文の商品は配達済みです。',
  ])('flags %s', (text) => {
    expect(tagMisused(text)).toBe(true);
  });

  it.each([
    '[Important] Your parcel has been delivered to the wrong address; please confirm where you would like the new one sent.',
    '[Wichtig] Ihre Sendung wurde zugestellt, aber die Hausnummer fehlt auf dem Etikett der zweiten Sendung. Bitte bestätigen Sie die Adresse.',
    '[Important] Votre commande est bien livrée, mais le second colis nous est revenu : merci de confirmer votre adresse.',
    '[Importante] Su pedido ya fue entregado, pero falta el segundo paquete; confirme su dirección, por favor.',
    '[중요] 첫 상품은 배송 완료되었으나 두 번째 상품이 반송되었습니다. 주소를 확인해 주세요.',
    '【重要】ご注文の商品は配達済みですが、2個目のお荷物が返送されました。ご住所をご確認ください。',
  ])('leaves an order notice that still needs the buyer: %s', (text) => {
    expect(tagMisused(text)).toBe(false);
  });
});
