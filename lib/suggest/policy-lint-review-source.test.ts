import { describe, expect, it } from 'vitest';
import { amazonCodes, expectSolicitation } from '@/lib/testing/amazon-lint';

// Session 22 (lint20), from lint held-out 19's false alarm: the review named as where the buyer told us of a fault, then
// a fix the buyer is asked to try, asks nothing about the review.
describe('the review named as where the buyer reported a fault', () => {
  it.each([
    'In your review you mentioned the zip sticks; could you rub a little candle wax along it and tell us if that helps?',
    'Sie haben in Ihrer Bewertung den klemmenden Reißverschluss beschrieben: Könnten Sie ihn mit etwas Kerzenwachs einreiben?',
    'Dans votre avis, vous signalez que la fermeture accroche : pourriez-vous y passer un peu de cire de bougie ?',
    'En su reseña menciona que la cremallera se atasca; ¿podría frotarla con un poco de cera de vela?',
    '리뷰에서 지적해 주신 지퍼 걸림은 양초를 살짝 문질러 주시면 부드러워집니다.',
    '口コミでご指摘いただいたファスナーの引っかかりは、ろうそくを少し塗っていただければ解消いたします。',
  ])('leaves alone: %s', (text) => {
    expect(amazonCodes(text)).not.toContain('review_request_biased');
  });

  // Citing the review does not hide a change asked of it in the same reply.
  it.each([
    'In your review you mentioned the zip sticks. Now that it is replaced, could you update your review?',
    'Sie haben in Ihrer Bewertung den Reißverschluss erwähnt. Könnten Sie Ihre Bewertung jetzt anpassen?',
    '리뷰에서 지적해 주신 지퍼는 교체해 드렸습니다. 리뷰를 수정해 주실 수 있을까요?',
  ])('still asks: %s', (text) => {
    expectSolicitation(text);
  });
});
