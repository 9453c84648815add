import { describe, expect, it } from 'vitest';
import { amazonFlags } from '@/lib/testing/amazon-lint';
import { findNextPostage } from '@/lib/suggest/policy-lint-next-postage';

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
    expect(findNextPostage(text)).toHaveLength(1);
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
    expect(findNextPostage(text)).toEqual([]);
    expect(amazonFlags(text, 'marketing')).toBe(false);
  });
});
