import { describe, expect, it } from 'vitest';
import { amazonCodes as codes } from '@/lib/testing/amazon-lint';

// Session 21 (lint19), from lint held-out 18's false alarms, in other words: "we're not able to offer" and Japanese
// "できかねます" refuse a reward; telling the buyer the review may stay as it is asks for no change.
describe('a reward refused, a review left as it is', () => {
  it.each([
    'We’re not able to give discounts or gifts in return for ratings; your refund went through today.',
    'We are unable to offer coupons for feedback, but the missing screws are in the post.',
    'ご評価へのお礼として特典をお付けすることはいたしかねます。代わりの部品は本日発送しました。',
    'We’ve sent a free spare filter, and you’re welcome to leave your review as it is.',
    'Der Ersatz ist kostenlos unterwegs; Ihre Bewertung können Sie gern so lassen.',
    'Le remplacement gratuit est parti ; vous pouvez laisser votre avis tel quel.',
    'El repuesto gratuito ya salió; puede dejar su reseña tal como está.',
    '무료로 교환품을 보내 드렸고, 남겨 주신 후기는 그대로 유지하셔도 괜찮습니다.',
    '無料で代替品をお送りしました。レビューはそのままで構いません。',
  ])('leaves %s alone', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it.each([
    'We’re not able to offer refunds, but a voucher is yours once your five-star review is up.',
    'A free spare filter is on its way if you change your review to five stars.',
  ])('still flags %s', (text) => {
    expect(codes(text)).toContain('review_request_biased');
  });
});
