import { describe, expect, it } from 'vitest';
import { amazonCodes as codes } from '@/lib/testing/amazon-lint';

// Session 21 (lint19): a postage voucher given "as a thank-you" right after a review is named rewards the review;
// English read it nowhere, the other languages only where a coupon word or a next order came with it.
describe('a reward given as thanks after a review is named', () => {
  it.each([
    'Thank you for your review on the listing. As a thank-you, here’s a free postage voucher.',
    'Thanks for the lovely review! Here’s a postage voucher to say thanks.',
    'Vielen Dank für Ihre Rezension. Als kleines Dankeschön schicken wir Ihnen einen Portogutschein.',
    'Merci pour votre avis. Pour vous remercier, voici un bon pour la livraison offerte.',
    'Gracias por su reseña. Como agradecimiento, le regalamos un vale de envío gratis.',
    '리뷰 감사합니다. 감사의 의미로 배송비 지원 상품권을 보내 드립니다.',
    'レビューありがとうございます。お礼として送料無料券をお送りします。',
  ])('rewards: %s', (text) => {
    expect(codes(text)).toContain('review_request_biased');
  });

  // Thanks after a review with a refund, a replacement or a fix is service; so is a reward refused.
  it.each([
    'Thank you for your review. As a thank-you for the photos, we’ve sent a free replacement lid.',
    'Thanks for your review. We’ve refunded the postage as a thank-you for your patience.',
    'Danke für Ihre Bewertung. Als Dankeschön für Ihre Geduld haben wir das Porto erstattet.',
    'Merci pour votre avis. Pour vous remercier de votre patience, nous avons remboursé les frais de port.',
    'Gracias por su reseña. Como agradecimiento por su paciencia, le hemos reembolsado el envío.',
    '리뷰 감사합니다. 감사의 뜻으로 파손된 뚜껑은 새 제품으로 교환해 드렸습니다.',
    'レビューありがとうございます。お礼に、ご指摘いただいた説明文を修正いたしました。',
    'Thank you for your review. We can’t send vouchers as a thank-you for reviews, but the replacement ships today.',
  ])('is service: %s', (text) => {
    expect(codes(text)).toEqual([]);
  });
});
