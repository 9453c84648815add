import { describe, expect, it } from 'vitest';
import { amazonCodes as codes } from '@/lib/testing/amazon-lint';

// Session 19 (lint17): a reward for a review refused, then offered again in another clause or sentence that names the
// review only as "one" or "it" — the refusal must not hide the offer; a refusal that is only explained stays clean.
describe('a reward offered after a refusal, for the review named before', () => {
  it.each([
    'We can’t give anything for a review; a voucher is yours once it’s up, though.',
    'We don’t give discounts for reviews. We do send a small thank-you gift to everyone who posts one.',
    'We can’t pay for reviews. Anyone who leaves one gets a free sample in their next parcel, though.',
    'Für Bewertungen gibt es keine Gutscheine, wer eine schreibt, bekommt trotzdem ein kleines Geschenk.',
    'Wir dürfen für Rezensionen nichts anbieten. Sobald Ihre online ist, schicken wir Ihnen trotzdem einen Gutschein.',
    'Nous n’offrons pas de réduction pour un avis. Chaque client qui en laisse un reçoit toutefois un petit cadeau.',
    'No damos descuentos por reseñas. Eso sí, quien deja una recibe un pequeño regalo.',
    '리뷰에 대한 할인은 드리지 않습니다. 다만 작성해 주신 분께는 작은 선물을 드립니다.',
    'レビューへの割引はございません。ただし、投稿してくださった方にはクーポンをお送りしています。',
  ])('offers: %s', (text) => {
    expect(codes(text)).toContain('review_request_biased');
  });

  it.each([
    'We can’t give anything for a review. Amazon’s guidelines don’t allow it, and we want every review to be honest.',
    'Thanks for your review. Once you’ve posted the old lid back, a free replacement goes out the same day.',
    'Für Bewertungen dürfen wir nichts anbieten. Das verbieten die Richtlinien von Amazon.',
    'Für eine Bewertung können wir Ihnen nichts geben; Amazon erlaubt das nicht.',
    'Nous ne pouvons rien vous offrir pour un avis. C’est interdit par Amazon.',
    'No podemos ofrecer nada por una reseña. Amazon no lo permite.',
    '리뷰에 대해서는 아무것도 드릴 수 없습니다. 아마존 정책 때문입니다.',
    'レビューに対して何かをお渡しすることはできません。Amazonの規約により禁止されております。',
  ])('only explains the refusal: %s', (text) => {
    expect(codes(text)).toEqual([]);
  });
});
