import { describe, expect, it } from 'vitest';
import { amazonCodes as codes, amazonFlags } from '@/lib/testing/amazon-lint';

// Session 20 (lint18), from lint held-out 17's miss ("pourriez-vous modifier l'évaluation négative"): the buyer's
// review asked to be changed or removed, named with a definite article (French elided l', Spanish after a subjunctive).
describe('a review asked to be changed, named with a definite article', () => {
  it.each([
    "Accepteriez-vous de retirer l'avis laissé hier, maintenant que tout est réglé ?",
    "Maintenant que le colis est arrivé, merci de mettre à jour l'évaluation donnée au vendeur.",
    '¿Podría modificar la valoración que dejó, ahora que el problema está resuelto?',
    'Ya que le enviamos otro, le agradeceríamos que quitara el comentario negativo.',
  ])('flags %s', (text) => {
    expect(amazonFlags(text, 'review_request_biased')).toBe(true);
  });

  it.each([
    "Nous allons revoir l'évaluation du dommage avec le transporteur.",
    'Vamos a modificar la valoración del daño con la empresa de transporte.',
    "Nous ne vous demanderons jamais de modifier l'avis que vous avez laissé.",
    'Nunca le pediremos que cambie la reseña que dejó.',
  ])('leaves %s alone', (text) => {
    expect(codes(text)).toEqual([]);
  });
});
