import { describe, expect, it } from 'vitest';
import { demoStoreOrders } from '@/lib/connectors/demo-store/load';
import { DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import { SITE_IDS } from '@/lib/schemas/ticket';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import { renderTemplate } from '@/lib/templates/render';
import { buildTemplateVariables } from '@/lib/templates/variables';
import { lintReply, POLICY_CODES, SITE_POLICIES, type PolicyCode } from '@/lib/suggest/policy-lint';

const amazon = (text: string) => lintReply(text, 'amazon-seller-central').violations;
const codes = (text: string) => amazon(text).map((v) => v.code);
const flagged = (text: string) => amazon(text).map((v) => text.slice(v.start, v.end));

describe('lintReply on Amazon: paraphrased review requests, cross-selling, [Important], six languages', () => {
  it.each([
    ['review_request_biased', 'Some nice words about the scarf on its page would make our day.'],
    ['review_request_biased', 'Now that it works, please consider updating the rating you gave us.'],
    ['review_request_biased', 'Bitte passen Sie Ihre Bewertung an, wir haben den Fehler behoben.'],
    ['review_request_biased', 'Pourriez-vous retirer votre commentaire ? Tout est réglé.'],
    ['review_request_biased', '별점 5개 부탁드려요.'],
    ['review_request_biased', 'レビューを削除していただけますか。'],
    ['review_request_biased', 'We will send a voucher as soon as your rating is online.'],
    ['marketing', 'You may also like our linen napkins.'],
    ['marketing', 'Ihr Rabatt gilt für Ihre nächste Bestellung.'],
    ['marketing', '次回のお買い物で使えるクーポンです。'],
    ['important_tag_misuse', '[Important] Thanks so much for choosing us!'],
    // Paraphrases kept as data (policy-lint-paraphrases.json)
    ['review_request_biased', 'Could you let fellow shoppers know how the teapot is working out?'],
    ['review_request_biased', 'Feel free to give us a few stars when you get a chance.'],
    ['review_request_biased', 'Would you consider revisiting the two-star score you left?'],
    ['review_request_biased', 'Könnten Sie Ihre Sterne-Bewertung bitte überarbeiten?'],
    ['review_request_biased', 'Laissez-nous des étoiles si le plaid vous plaît.'],
    ['review_request_biased', 'Comparta su opinión en la página del artículo, por favor.'],
    ['review_request_biased', '구매평 작성 부탁드립니다.'],
    ['review_request_biased', 'レビューを投稿していただけると嬉しいです。'],
    ['marketing', 'The blanket pairs nicely with our wool cushions.'],
    ['marketing', 'Passend dazu gibt es die Vase in Grau.'],
    ['marketing', 'Découvrez également nos plaids en laine.'],
    ['marketing', 'Le recomendamos nuestras velas aromáticas.'],
    ['marketing', '같은 시리즈의 머그도 함께 추천드려요.'],
    ['marketing', '同じシリーズのお皿もおすすめです。'],
  ] as Array<[PolicyCode, string]>)('flags %s: %s', (code, text) => {
    expect(codes(text)).toContain(code);
  });

  it('passes clean replies in other languages, tracking numbers with dashes included', () => {
    for (const text of [
      '[Important] Die Lieferadresse ist unvollständig, bitte nennen Sie uns die Hausnummer.',
      '[Important] 配送先の住所に部屋番号がありません。お知らせください。',
      'ご注文の商品は本日佐川急便で発送しました。追跡番号は4321-8765-2109です。',
      '주문하신 상품이 발송되었습니다. 운송장 번호는 6123-4567-8901입니다.',
      'Merci pour votre avis, nous avons amélioré l’emballage.',
      // Advice, not a sales pitch; a review left, not one asked for.
      'We recommend charging the speaker fully before first use.',
      'Nous vous conseillons de laver la housse à froid.',
      'Le recomendamos secar la funda al aire.',
      '처음 사용 전 세척을 추천드립니다.',
      'ご使用前に一度洗うことをおすすめします。',
      'Thanks for sharing your experience with the courier; we have raised it with them.',
    ])
      expect(amazon(text), text).toEqual([]);
  });
});

describe('lintReply on Amazon', () => {
  it('passes clean replies: Amazon links, order ids, carriers, tracking numbers, dates and amounts', () => {
    const clean = [
      'Hello Jane,\n\nThank you for your message. Your order 114-3941689-8772232 is on its way with UPS, tracking number 1Z999AA10123456784. The carrier expects to deliver it on November 26, 2026.',
      'You can follow it under Your Orders: https://www.amazon.com/gp/your-account/order-history or https://amzn.to/3xYz and sellercentral.amazon.de.',
      'Your refund of $24.90 was issued on 2026-11-21. DHL parcel JJD000390007788123, Royal Mail AB123456789GB, USPS 9400 1112 0206 1234 5678 90.',
      'If the parcel has not arrived by Friday, please reply here and I will look into it with the carrier.',
      'Thank you for your feedback, I will pass it on to the team. We will review the photos and come back to you.',
      '[Important] We need you to confirm your shipping address before we can deliver your engraved order.',
      'Our team answers Monday to Friday, 9:00 to 17:00 (CET). Size 10.5 is in stock; 2 × Linen tea towel.',
    ];
    for (const text of clean) expect(amazon(text), text).toEqual([]);
  });

  it("passes every Amazon template of the starter pack rendered with the demo store's Amazon orders", () => {
    const orders = demoStoreOrders().filter((order) => order.platform === 'amazon');
    const templates = STARTER_PACK.templates.filter((t) => t.sites.includes('amazon-seller-central'));
    expect(orders.length).toBeGreaterThan(0);
    expect(templates.length).toBeGreaterThan(3);
    for (const order of orders) {
      for (const template of templates) {
        const scope = buildTemplateVariables({ order, shop: DEFAULT_SHOP_FACTS, agent: { name: 'Sam' }, language: template.language });
        const text = renderTemplate(template.body, scope).text;
        expect(amazon(text), `${template.id} / ${order.number}`).toEqual([]);
      }
    }
  });

  it('flags links other than Amazon, plain and obfuscated', () => {
    const text =
      'See https://northwind-goods.com/returns, www.northwind.de, northwind-goods.com, shopname dot com, shop[.]co.uk, hxxps://evil.example/x, nw (dot) store.';
    expect(flagged(text)).toEqual([
      'https://northwind-goods.com/returns',
      'www.northwind.de',
      'northwind-goods.com',
      'shopname dot com',
      'shop[.]co.uk',
      'hxxps://evil.example/x',
      'nw (dot) store',
    ]);
    expect(new Set(codes(text))).toEqual(new Set(['external_link']));
    expect(codes('A carrier link: https://www.ups.com/track?tracknum=1Z999AA10123456784')).toEqual(['external_link']);
  });

  it('flags email addresses, plain and obfuscated, as addresses rather than links', () => {
    const text = 'Write to jane@shop.com, jane [at] shop dot com, jane(at)shop(dot)com, jane @ shop . com or jane at shop dot com.';
    expect(amazon(text).map((v) => [v.code, text.slice(v.start, v.end)])).toEqual([
      ['email_address', 'jane@shop.com'],
      ['email_address', 'jane [at] shop dot com'],
      ['email_address', 'jane(at)shop(dot)com'],
      ['email_address', 'jane @ shop . com'],
      ['email_address', 'jane at shop dot com'],
    ]);
  });

  it("flags the shop's phone numbers and calls to phone, but not a carrier's or manufacturer's line", () => {
    expect(flagged('Reach me on +1 (555) 123-4567 or 030 1234567.')).toEqual(['+1 (555) 123-4567', '030 1234567']);
    expect(codes('Please call us or WhatsApp us any time.')).toEqual(['phone_number', 'phone_number']);
    expect(amazon('You can reach UPS on 1-800-742-5877. The manufacturer helpline is +49 800 123 4567.')).toEqual([]);
  });

  it('flags requests for positive reviews and anything offered for a review, not neutral thanks', () => {
    const biased = [
      'Please leave us a 5-star review!',
      "We'd really appreciate positive feedback on Amazon.",
      "If you're happy with your purchase, please leave a review.",
      'We will send you a $10 gift card for your review.',
      'Could you remove your negative feedback now that it is solved?',
      'Bitte geben Sie uns eine positive Bewertung.',
    ];
    for (const text of biased) expect(codes(text), text).toEqual(['review_request_biased']);
    expect(codes('Thanks for your feedback, and thank you for the refund confirmation.')).toEqual([]);
  });

  it('flags marketing and coupons', () => {
    for (const text of [
      'Use the coupon code SAVE10 next time.',
      'Follow us on Instagram for news.',
      'Subscribe to our newsletter.',
      'Get 15% off your next order.',
      'Visit our website for more.',
    ]) {
      expect(codes(text), text).toContain('marketing');
    }
  });

  it('flags emoji (one finding per sequence) and emoticons, not ©, ® or ™', () => {
    const text = 'Thanks! 😊 Have a nice day 👍🏽🎉 :) 🇩🇪 Deskpilot™ ©2026 ®';
    expect(amazon(text).map((v) => [v.code, text.slice(v.start, v.end)])).toEqual([
      ['emoji', '😊'],
      ['emoji', '👍🏽🎉'],
      ['emoji', ':)'],
      ['emoji', '🇩🇪'],
    ]);
  });

  it('flags "[Important]" on messages that are not needed to complete the order', () => {
    expect(codes('[Important] Thank you for shopping with us!')).toEqual(['important_tag_misuse']);
    expect(codes('[Important] Your order has shipped. Please leave us a 5-star review.')).toEqual([
      'important_tag_misuse',
      'review_request_biased',
    ]);
    expect(codes('[IMPORTANT] We cannot deliver to this address: please confirm it.')).toEqual([]);
  });

  it('reports offsets as JavaScript string indices', () => {
    const text = '🙂 Write to jane@shop.com';
    const [emoji, email] = amazon(text);
    expect(text.slice(emoji!.start, emoji!.end)).toBe('🙂');
    expect(email).toMatchObject({ code: 'email_address', start: text.indexOf('jane'), end: text.length });
  });
});

describe('site registry', () => {
  it('has an entry for every site, and sites without rules report nothing', () => {
    expect(Object.keys(SITE_POLICIES).sort()).toEqual([...SITE_IDS].sort());
    const breaking = 'Leave a 5-star review at shop.com 😊 jane@shop.com +1 555 123 4567';
    expect(codes(breaking).length).toBeGreaterThanOrEqual(5);
    for (const site of SITE_IDS.filter((s) => SITE_POLICIES[s] === null)) expect(lintReply(breaking, site).violations).toEqual([]);
  });

  it('uses only the documented codes', () => {
    const text = '[Important] Leave a 5-star review at shop.com for a coupon 😊 jane@shop.com, call +1 555 123 4567';
    expect(new Set(codes(text))).toEqual(new Set(POLICY_CODES));
    // "at shop.com" is where to find the shop: a link, not an email address.
    expect(amazon(text).find((v) => v.code === 'external_link')).toMatchObject({ start: text.indexOf('shop.com') });
  });
});
