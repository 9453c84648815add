import { describe, expect, it } from 'vitest';
import { findBiasedReviewRequests } from '@/lib/suggest/policy-lint-wording';

const asks = (text: string) => findBiasedReviewRequests(text).length > 0;

// Session 16 (lint14): a seller promising not to ask for a review change asks for nothing.
describe('a promise not to ask for a review', () => {
  it.each([
    'A new lid is on its way, and we will never ask you to change your review because of it.',
    'We are not asking you to update your feedback; the refund stands either way.',
    'Der Ersatz ist unterwegs. Wir werden Sie nie bitten, Ihre Bewertung zu ändern.',
    'Wir bitten Sie nicht, Ihre Bewertung zu löschen oder zu ändern.',
    'Nous ne vous demanderons jamais de modifier votre avis.',
    'Nunca le pediremos una buena reseña.',
    'Nunca le pediremos que cambie su reseña por una de cinco estrellas.',
    '이 일로 리뷰를 수정해 달라고 요청드리는 일은 절대 없습니다.',
    'この件でレビューの変更をお願いすることは決してございません。',
  ])('is no ask: %s', (text) => {
    expect(asks(text)).toBe(false);
  });

  it.each([
    'A new lid is on its way, and we would ask you to change your review once it arrives.',
    'We ask you not to leave it as it is; please update your review.',
    'We will never ask you to change your review, but please leave us five stars.',
    'We don’t want to pressure you, could you update your review?',
    'Wir möchten Sie bitten, Ihre Bewertung zu ändern.',
    'Nous vous demandons de bien vouloir modifier votre avis.',
    'Le pedimos que cambie su reseña, por favor.',
    'No queremos molestarle, pero le pedimos una buena reseña.',
    '남기신 리뷰를 수정해 주시기를 요청드립니다.',
    'レビューの変更をお願いできませんでしょうか。',
  ])('still asks when the ask itself is not negated: %s', (text) => {
    expect(asks(text)).toBe(true);
  });
});
