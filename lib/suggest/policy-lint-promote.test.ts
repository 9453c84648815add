import { describe, expect, it } from 'vitest';
import { findOffChannelContact, findPromotions } from '@/lib/suggest/policy-lint-promote';
import { amazonCodes } from '@/lib/testing/amazon-lint';

describe('findPromotions: an off-Amazon shop, a deal, a coupon given, a pitch after good news', () => {
  it.each([
    // the seller's own shop off Amazon, with or without a code
    'Our online store has the rest of the series, if you ever need more.',
    'Customers can also buy directly from us and skip the marketplace fees.',
    'Die Filter gibt es auch in unserem eigenen Onlineshop.',
    'Vous trouverez les recharges sur notre propre site.',
    'Las recargas también están en nuestra tienda en línea.',
    '다음에는 공식 홈페이지에서도 만나실 수 있습니다.',
    'リフィルは自社サイトでも取り扱っております。',
    // a deal
    'Spend a little more next month and save 20% across the board.',
    'Mit dem Gutscheincode WINTER25 gibt es 25 Prozent Nachlass.',
    'Avec le code NOEL20, 20 % de remise sur tout le rayon.',
    'Con el código INVIERNO5 tiene un 5 % de descuento.',
    '회원이시면 15% 할인이 적용됩니다.',
    '会員様は20％オフでお求めいただけます。',
    // a coupon given
    "Here's a coupon to make up for the wait.",
    'Wir schicken Ihnen gern einen Gutschein für die Unannehmlichkeiten.',
    'Nous vous offrons un bon d’achat pour la gêne occasionnée.',
    'Le enviamos un cupón como disculpa.',
    '사과의 의미로 쿠폰을 보내 드리겠습니다.',
    'お詫びとしてクーポンを差し上げます。',
    // a pitch of the seller's own or new products, after good news
    'All sorted now! Why not try our bamboo cutting boards while you are at it?',
    'Die Erstattung ist erledigt. Schauen Sie sich gern unsere Teekannen an.',
    'Le remboursement est fait ; découvrez aussi nos tabliers en lin.',
    'Ya está resuelto. Le recomendamos nuestro jabón de aceite de oliva para la piel sensible.',
    '교환이 끝났습니다. 저희 머그도 한번 구경해 보세요.',
    '返金が完了しました。弊社の木製トレイもおすすめです。',
    'Take a look at the new collection of wool throws.',
    'Unsere Kissenbezüge sind gerade neu im Sortiment.',
    // a launch announced, another marketplace shop, a code to slip in the parcel
    'Heads up: the autumn range launches next Tuesday.',
    'Seit Kurzem führen wir nun auch Lammfell-Hausschuhe im Sortiment.',
    'Ahora también vendemos las bolsas de tela disponibles en tres colores.',
    'You can find us on Etsy too, with a few extra colours.',
    'Glad it worked out! Fancy giving our cedar blocks a go next?',
    'Un code de remise vous attend dans le carton.',
  ])('flags %s', (text) => {
    expect(findPromotions(text).length).toBeGreaterThan(0);
    expect(amazonCodes(text)).toContain('marketing');
  });

  it.each([
    // a coupon the buyer asked about, or one that did not apply
    'Regarding the coupon you mentioned, it was an Amazon deal that has finished.',
    // the buyer's question in the words of policy-lint-asked.json, which the coupon rule reads too (session 14)
    'The coupon you enquired about belongs to Amazon’s own promotion.',
    'Wie von Ihnen erbeten: Den Gutschein vergibt Amazon selbst.',
    "The coupon didn't go through at checkout, so we refunded the difference.",
    'Der Gutschein, nach dem Sie gefragt haben, war eine Aktion von Amazon.',
    'Le coupon dont vous parlez était une offre Amazon, désormais expirée.',
    'El cupón que menciona era de Amazon y ya caducado.',
    '문의하신 쿠폰은 아마존 행사로 이미 종료되었습니다.',
    'ご指摘のクーポンはAmazonのキャンペーンで、すでに終了しております。',
    // advice, instructions and the buyer's own order
    'Please try unplugging the kettle for a minute, then switch it on again.',
    'Have a look at our reply above for the return steps.',
    'Schauen Sie bitte in die Anleitung, Schritt 4.',
    'Pensez à garder le ticket de dépôt du colis.',
    'Le recomendamos guardar el justificante de envío.',
    '설명서의 사용 방법을 한번 확인해 보세요.',
    '説明書の手順もあわせてご覧ください。',
    'Your refund was issued today and the replacement is on its way.',
    'We refunded 20% of the price as agreed, for the scratch.',
    // a restock of what was ordered, and sentences that only look like a launch
    'The back-ordered lamp is in stock again, and we now stock the spare shade too, so both leave today.',
    'We now make sure every glass is wrapped twice.',
    'Nous avons maintenant reçu le colis retourné.',
    'ご注文の商品が入荷しましたので、明日発送いたします。',
    '주문하신 상품이 입고되어 내일 발송합니다.',
    '当店では、初回は手洗いをおすすめしております。',
  ])('passes %s', (text) => {
    expect(findPromotions(text)).toEqual([]);
    expect(amazonCodes(text)).not.toContain('marketing');
  });
});

describe('findOffChannelContact: a chat or social channel moves the buyer off Amazon', () => {
  it.each([
    'For faster answers, drop us a line on Instagram.',
    'Schreiben Sie uns gern per WhatsApp.',
    'Contactez-nous sur Messenger pour un suivi plus rapide.',
    'Escríbanos por Telegram si lo prefiere.',
    '카톡으로 연락 주시면 바로 답변드립니다.',
    'LINEでお問い合わせいただければすぐにお返事します。',
  ])('flags %s', (text) => {
    expect(findOffChannelContact(text)).toHaveLength(1);
    expect(amazonCodes(text)).toContain('phone_number');
  });

  it('passes a reply that keeps the conversation on Amazon', () => {
    expect(amazonCodes('Reply here in Buyer-Seller Messages and we will answer within a day. The line was busy.')).toEqual([]);
  });
});
