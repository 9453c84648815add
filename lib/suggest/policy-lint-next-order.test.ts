import { describe, expect, it } from 'vitest';
import { amazonFlags } from '@/lib/testing/amazon-lint';
import { findNextOrderBenefits } from '@/lib/suggest/policy-lint-next-order';

// Session 22 (lint20): session 21 left "Wir übernehmen das Porto Ihrer nächsten Sendung" (after a review) unflagged:
// free postage on a shipment still to come is a discount on a next order, whatever it is called.
describe('free postage on a next shipment', () => {
  it.each([
    'Sorry again for the wait. Postage on whatever you buy next time you order is on us.',
    'As a small extra, we will pay the shipping on your next package.',
    'Beim nächsten Einkauf ist der Versand für Sie kostenlos.',
    'Pour le prochain envoi, les frais de port sont à notre charge.',
    'En la próxima entrega, los gastos de envío corren por nuestra cuenta.',
    '다음 택배 발송 때는 배송비를 받지 않겠습니다.',
    '次回のお届け分は送料を当店で負担いたします。',
  ])('flags %s', (text) => {
    expect(findNextOrderBenefits(text)).toHaveLength(1);
    expect(amazonFlags(text, 'marketing')).toBe(true);
  });

  // Postage for the way back is a prepaid return; a next delivery without a benefit is the order's news.
  it.each([
    'If the next parcel is damaged as well, we will cover the postage for sending it back.',
    'Your next delivery of the subscription arrives on Monday; the shipping label is already printed.',
    'Das Porto für die Rücksendung übernehmen wir, auch bei der nächsten Lieferung.',
    'Votre prochaine livraison arrivera mardi, les frais de port de ce colis vous ont été remboursés.',
    'Cubrimos los gastos de envío de la devolución, y el próximo envío de la suscripción sale el lunes.',
    '반품 배송비는 저희가 부담하며, 다음 배송은 월요일에 출발합니다.',
    '返品の送料は当店が負担いたします。次回のお届けは月曜日です。',
  ])('leaves %s alone', (text) => {
    expect(findNextOrderBenefits(text)).toEqual([]);
    expect(amazonFlags(text, 'marketing')).toBe(false);
  });
});

// Session 22 (lint20), from lint held-out 19's class: money off or a special price for ordering again or next month is
// the same discount on a next order; money given back on this order is service.
describe('money off for ordering again', () => {
  it.each([
    'A little thank-you: come back and order within thirty days and we will knock 10% off the total.',
    'Bestellen Sie im Frühjahr erneut bei uns, gibt es einen Nachlass von 3 Euro auf den Korb.',
    'Si vous recommandez d’ici Noël, une réduction de 4 € vous attend sur le panier.',
    'Si vuelves a comprar antes del verano, te rebajamos 3 € del total.',
    '다음 달에 재구매해 주시면 3천 원 할인해 드립니다.',
    '再度ご注文いただく際は、常連様限定で300円引きにいたします。',
  ])('flags %s', (text) => {
    expect(findNextOrderBenefits(text)).toHaveLength(1);
    expect(amazonFlags(text, 'marketing')).toBe(true);
  });

  it.each([
    'The missing discount has been refunded, and your next delivery arrives on Monday.',
    'Der fehlende Nachlass wurde Ihnen erstattet, die nächste Lieferung kommt am Montag.',
    'La remise manquante vous a été remboursée ; votre prochaine livraison arrive lundi.',
    'El descuento que faltaba ya se le ha reembolsado; la próxima entrega llega el lunes.',
    '적용되지 않은 할인 금액은 환불해 드렸고, 다음 배송은 월요일입니다.',
    '適用されなかった割引分は返金いたしました。次回のお届けは月曜日です。',
  ])('leaves %s alone', (text) => {
    expect(findNextOrderBenefits(text)).toEqual([]);
    expect(amazonFlags(text, 'marketing')).toBe(false);
  });
});

// Session 22 (lint20): a next order named alone used to be marketing; without a benefit it is the order's news. A gift
// or a refund promised for it still is a benefit.
describe('a next order named without a benefit', () => {
  it.each([
    'Your next order from the subscription ships tomorrow morning.',
    'Ihre nächste Bestellung aus dem Abo wird morgen früh verschickt.',
    'Votre prochaine commande de l’abonnement part demain matin.',
    'Su próximo pedido de la suscripción sale mañana por la mañana.',
    '정기배송의 다음 주문은 내일 오전에 출고됩니다.',
    '定期便の次回ご注文分は明日の午前に出荷いたします。',
  ])('leaves %s alone', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(false);
  });

  it.each([
    'We will add a free sample of the new blend to your next order.',
    'Ihrer nächsten Bestellung legen wir eine Gratisprobe bei.',
    'Nous glisserons un échantillon offert dans votre prochaine commande.',
    'En su próximo pedido incluiremos una muestra de regalo.',
    '다음 주문 때 사은품을 함께 보내 드립니다.',
    '次回ご注文の際にサンプルを同梱いたします。',
    'We will refund the postage on your next order.',
  ])('still flags %s', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(true);
  });
});
