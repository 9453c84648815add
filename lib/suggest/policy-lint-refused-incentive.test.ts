import { describe, expect, it } from 'vitest';
import { findBiasedReviewRequests } from '@/lib/suggest/policy-lint-wording';

const asks = (text: string) => findBiasedReviewRequests(text).length > 0;

// Session 18 (lint16): saying no reward comes with a review offers none.
describe('a reward for a review refused', () => {
  it.each([
    'Sorry, we do not give vouchers or free items for reviews; your replacement ships today.',
    'We are not allowed to offer anything in exchange for feedback, but the missing screws are on their way.',
    'Für Bewertungen können wir leider keine Gutscheine oder Rabatte anbieten.',
    'Nous n’offrons aucune réduction en contrepartie d’une évaluation.',
    'No damos descuentos ni regalos a cambio de reseñas, lo sentimos.',
    '리뷰 작성에 대한 적립금이나 사은품은 제공하지 않습니다.',
    'レビューのご投稿に対するお礼の品はご用意しておりません。',
  ])('is no ask: %s', (text) => {
    expect(asks(text)).toBe(false);
  });

  it.each([
    'We can’t offer refunds, but a five-star review gets you a voucher.',
    'We don’t usually give gifts, unless you post a review on the listing.',
    'Wir bieten keine Rabatte, aber für eine Bewertung schicken wir Ihnen gern einen Gutschein.',
    'Nous n’offrons pas de remise, mais un cadeau vous attend pour un avis cinq étoiles.',
  ])('still asks after a turn or with an exception: %s', (text) => {
    expect(asks(text)).toBe(true);
  });
});

describe('a delivery address in Japanese', () => {
  it.each(['お手数ですが、Amazonのアカウントでお届け先をご確認いただけますか。', 'Amazonの注文画面からお届け日の変更をお願いいたします。'])(
    'tells no one anything: %s',
    (text) => {
      expect(asks(text)).toBe(false);
    },
  );

  it('still asks when the buyer’s view is to reach others', () => {
    expect(asks('よろしければ、ご感想をAmazonの商品ページで他のお客様にお届けください。')).toBe(true);
  });
});
