import { describe, expect, it } from 'vitest';
import { amazonCodes as codes } from '@/lib/testing/amazon-lint';

// Session 24 (lint22, from lint held-out 20's and 21's incentive misses, in other words): the buyer coming back or
// wanting another one is a next order, a price at cost or a code worth a share is money off, and the promise may come in
// the sentence after the condition.
describe('a benefit for when the buyer comes back', () => {
  it.each([
    'Thanks for your order! Whenever you come back to us, the refills are yours at cost.',
    'Your lamp is on its way. If you ever need another one, we will let you have it at cost.',
    'Ihr Paket ist unterwegs. Wenn Sie einmal einen zweiten brauchen, bekommen Sie ihn zum Selbstkostenpreis.',
    'Votre colis est parti. Quand vous reviendrez, nous vous ferons une remise de 15 %.',
    'Su pedido ya ha salido. Si algún día necesita otra, se la dejamos a precio de coste.',
    '주문하신 컵이 출고되었습니다. 다음에 또 들러 주시면 메모에 이 메시지를 적어 주세요. 작은 선물을 챙겨 드릴게요.',
    'ご注文の品を発送いたしました。またのご利用の際は、備考欄に「常連」とご記入ください。ささやかなプレゼントを同封いたします。',
  ])('is marketing: %s', (text) => {
    expect(codes(text)).toContain('marketing');
  });

  it.each([
    'When you come back from holiday, your parcel will be waiting at the depot; delivery there is free.',
    "Pour votre retour chez nous, l'étiquette de retour est offerte.",
    '다음에 또 찾아 주시면 감사하겠습니다. 교환 상품은 무료로 보내 드렸습니다.',
    'If you ever need another one, the same model is listed on Amazon under the same name.',
  ])('is service or news: %s', (text) => {
    expect(codes(text)).toEqual([]);
  });
});
