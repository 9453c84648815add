import { describe, expect, it } from 'vitest';
import { amazonCodes as codes } from '@/lib/testing/amazon-lint';

// Session 20 (lint18), from lint held-out 17's false alarms ("keinerlei Gegenleistung", "ne proposons aucun bon
// d'achat"): a seller saying it offers no reward for a review, in other words, offers nothing.
describe('a reward the seller says it offers none of', () => {
  it.each([
    'Hello Ms Vogt, we offer no vouchers or gifts in exchange for a review or a rating. The refund of £12 covers the late delivery only.',
    'Guten Tag Frau Vogt, wir können Ihnen für eine Bewertung keinerlei Gutschein anbieten. Die Erstattung gilt nur für die späte Lieferung.',
    'Für eine Rezension gibt es von uns keinerlei Prämien, das verbietet Amazon.',
    "Bonjour M. Garnier, nous n'offrons aucun code promo ni cadeau contre un avis. Le remboursement correspond au retard.",
    'Hola, Sr. García: no ofrecemos ningún cupón ni regalo a cambio de una reseña. El reembolso corresponde al retraso.',
    '김 고객님, 리뷰에 대한 쿠폰이나 선물은 일절 제공하지 않습니다. 환불은 배송 지연에 대한 것입니다.',
    '鈴木様、レビューに対するクーポンや特典は一切ご用意しておりません。返金は配送遅延分です。',
  ])('leaves %s alone', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it.each([
    'We offer no vouchers for reviews, but if you post one anyway we will send you a gift card.',
    'Wir bieten keinerlei Rabatt an, es sei denn, Sie schreiben uns eine Fünf-Sterne-Bewertung.',
    "Nous n'offrons aucun cadeau, sauf si vous laissez un avis cinq étoiles.",
  ])('still flags an offer after the refusal: %s', (text) => {
    expect(codes(text).length).toBeGreaterThan(0);
  });
});
