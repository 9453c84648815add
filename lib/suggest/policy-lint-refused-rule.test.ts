import { describe, expect, it } from 'vitest';
import { amazonCodes as codes } from '@/lib/testing/amazon-lint';

// Session 19 (lint17, from lint held-out 16's false alarm, in other words): the rule that forbids rewarding reviews,
// and "there is no voucher", offer nothing.
describe('a reward for reviews said to be forbidden', () => {
  it.each([
    'Amazon doesn’t allow sellers to reward ratings in any way, so there’s no voucher here.',
    'We are not permitted to compensate reviewers, so there is no gift with this replacement.',
    'Amazon n’autorise pas les vendeurs à récompenser les avis, il n’y a donc pas de bon d’achat.',
    '아마존은 판매자가 평가에 대해 보상하는 것을 허용하지 않으므로 쿠폰은 없습니다.',
  ])('offers nothing: %s', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it.each([
    'Amazon doesn’t allow sellers to reward ratings, but leave us five stars and a voucher is yours.',
    '아마존은 보상을 허용하지 않지만, 별점 5개를 남겨 주시면 쿠폰을 드립니다.',
  ])('still offers after a turn: %s', (text) => {
    expect(codes(text)).toContain('review_request_biased');
  });
});
