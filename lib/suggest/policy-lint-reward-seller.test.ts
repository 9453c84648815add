import { describe, expect, it } from 'vitest';
import { amazonCodes as codes, amazonFlags } from '@/lib/testing/amazon-lint';

// Session 20 (lint18): after a sentence naming a review, "anyone who posts one back to us gets…" rewards a service
// step (a faulty part mailed back, a message to us), not a review; a review posted beside it still counts.
describe('a reward for something the buyer sends to us, after a review is named', () => {
  it.each([
    'Thanks for your review about the faulty charger. Anyone who posts one back to us gets a free sample of the new cable.',
    'We saw your review mentioning the cracked lid. Everyone who writes to us about one gets a free sample of the new seal.',
    'Danke für Ihre Bewertung zum defekten Ladegerät. Wer uns wegen eines Defekts schreibt, bekommt eine Gratisprobe des neuen Kabels.',
    'Merci pour votre avis sur le chargeur défectueux. Tout client qui en poste un à notre service après-vente reçoit un échantillon du nouveau câble.',
    'Gracias por su reseña sobre el cargador defectuoso. Quien nos escribe por uno recibe una muestra del cable nuevo.',
    '리뷰에서 말씀하신 충전기 불량 건 확인했습니다. 문의를 남겨 주신 분께는 새 케이블 샘플을 드립니다.',
    'レビューで充電器の不具合を拝見しました。お問い合わせフォームにご記入いただいた方には新しいケーブルのサンプルをお送りします。',
  ])('leaves %s alone', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it.each([
    'Thanks for your review. Anyone who posts one on the product page gets a free sample of the new cable.',
    'Thanks for your review. Anyone who leaves one and writes to us with the link gets a free sample of the new cable.',
    'Danke für Ihre Bewertung. Wer eine schreibt, bekommt eine Gratisprobe des neuen Kabels.',
    'Merci pour votre avis. Chaque client qui en laisse un reçoit un échantillon du nouveau câble.',
    'Gracias por su reseña. Quien deja una recibe una muestra del cable nuevo.',
    '리뷰 감사합니다. 리뷰를 남겨 주신 분께는 새 케이블 샘플을 드립니다.',
    'レビューありがとうございます。レビューを投稿してくださった方には新しいケーブルのサンプルをお送りします。',
  ])('still flags a review rewarded: %s', (text) => {
    expect(amazonFlags(text, 'review_request_biased')).toBe(true);
  });
});
