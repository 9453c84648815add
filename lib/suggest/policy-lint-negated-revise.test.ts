import { describe, expect, it } from 'vitest';
import { findBiasedReviewRequests } from '@/lib/suggest/policy-lint-wording';

const asks = (text: string) => findBiasedReviewRequests(text).length > 0;

// Session 17 (lint15): telling the buyer there is no need to change a review asks for nothing.
describe('no need to change a review', () => {
  it.each([
    'You don’t have to update your review at all; the new blade ships today.',
    'Sie brauchen Ihre Bewertung deswegen nicht zu löschen, der Ersatz ist unterwegs.',
    'Vous n’avez pas à modifier votre avis, le remplacement part demain.',
    'No hace falta que cambie su reseña; el recambio sale hoy.',
    '남기신 리뷰를 수정하실 필요는 없습니다. 새 제품은 오늘 발송됩니다.',
    'レビューを変更していただく必要はございません。新しい商品は本日発送します。',
  ])('is no ask: %s', (text) => {
    expect(asks(text)).toBe(false);
  });

  it.each([
    'You don’t have to change anything except your star rating, if you could.',
    'You needn’t remove it, but please update your review to five stars.',
    'Sie müssen nichts tun außer Ihre Bewertung auf fünf Sterne zu ändern.',
    'No tiene que hacer nada más que cambiar su reseña a cinco estrellas.',
    '리뷰를 수정하실 필요는 없지만 별점은 5점으로 바꿔 주시면 감사하겠습니다.',
  ])('still asks with an exception or after a turn: %s', (text) => {
    expect(asks(text)).toBe(true);
  });
});
