import { describe, expect, it } from 'vitest';
import { findBiasedReviewRequests } from '@/lib/suggest/policy-lint-wording';

const asks = (text: string) => findBiasedReviewRequests(text).length > 0;

// Session 18 (lint16): no need to change a review, said with the change first or as a noun.
describe('a review change said to be unneeded, the change named first', () => {
  it.each([
    'Updating your review is not necessary at all; the new blade ships today.',
    'Changing the feedback you left isn’t needed, the replacement is on its way.',
    'There’s no need for any change to your review; the new blade ships today.',
    'No update to your review is required, the replacement is on its way.',
    'Ihre Bewertung zu ändern ist nicht nötig, der Ersatz ist unterwegs.',
    'Ihre Rezension anzupassen ist wirklich nicht notwendig; das Ersatzteil geht heute raus.',
    'Modifier votre avis n’est pas nécessaire, le remplacement part demain.',
    'Cambiar su reseña no es necesario; el recambio sale hoy.',
    'Modificar la valoración que dejó no hace falta, el recambio sale hoy.',
  ])('is no ask: %s', (text) => {
    expect(asks(text)).toBe(false);
  });

  it.each([
    'Please update your review; it is not necessary to write much.',
    'Updating your review isn’t necessary except for the star rating.',
    'Ihre Bewertung zu ändern ist nicht nötig außer bei den Sternen.',
    'Cambiar su reseña no es necesario, salvo las estrellas.',
  ])('still asks in another clause or with an exception: %s', (text) => {
    expect(asks(text)).toBe(true);
  });
});

describe('no need to change a review, with the rating wanted named or an unless', () => {
  it.each([
    'Changing your review to five stars is not required, though we’d really appreciate it.',
    'You don’t have to update your rating to 5 stars, although it would mean a lot to us.',
    'No change to your rating is needed - unless you’d like to bump it to five stars.',
    'Sie müssen Ihre Bewertung nicht auf fünf Sterne ändern, wir würden uns trotzdem freuen.',
    'Vous n’avez pas à modifier votre avis à cinq étoiles, même si cela nous ferait plaisir.',
    'No tiene que cambiar su reseña a cinco estrellas, aunque nos haría muy felices.',
    '리뷰를 5점으로 수정하실 필요는 없지만요, 그래도 감사하겠습니다.',
  ])('still asks: %s', (text) => {
    expect(asks(text)).toBe(true);
  });
});
