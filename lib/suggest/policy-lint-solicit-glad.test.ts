import { describe, expect, it } from 'vitest';
import { findReviewSolicitations } from '@/lib/suggest/policy-lint-solicit';

const solicits = (text: string) => findReviewSolicitations(text).length > 0;

// Session 17 (lint15): other shoppers who would be glad of the buyer's words ask for a review, as "would benefit" does.
describe('other shoppers glad of the buyer’s words', () => {
  it.each([
    'Future buyers would really appreciate a couple of lines about how the fit turned out, on the product page.',
    'Andere Kundinnen wären Ihnen sicher dankbar für Ihren Eindruck auf der Produktseite.',
    'Spätere Käufer würden sich sehr über Ihre Meinung zur Passform auf der Artikelseite freuen.',
    'A otros compradores les encantaría conocer su opinión en la ficha del producto.',
    '다른 구매자분들이 상품 페이지에서 고객님이 써 보신 느낌을 읽으면 반가워하실 거예요.',
    'これからご購入される方も、商品ページでお客様のご感想を読めれば喜ばれます。',
  ])('asks: %s', (text) => {
    expect(solicits(text)).toBe(true);
  });

  it.each([
    'Future buyers would really appreciate the new size chart on the product page.',
    'Andere Käufer würden sich über die neue Farbe freuen, sie ist ab Montag lieferbar.',
    'We would be glad to hear what went wrong, so we can fix it.',
    '다른 구매자분들도 새 사이즈표를 반가워하실 거예요.',
  ])('asks nothing without the buyer’s view on a public place: %s', (text) => {
    expect(solicits(text)).toBe(false);
  });
});
