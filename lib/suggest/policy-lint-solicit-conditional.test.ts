import { describe, expect, it } from 'vitest';
import { findReviewSolicitations } from '@/lib/suggest/policy-lint-solicit';

const solicits = (text: string) => findReviewSolicitations(text).length > 0;

// Session 17 (lint15): a benefit in the conditional, the Spanish subjunctive of telling, the buyer's view in any tense.
describe('a review asked in the conditional or the subjunctive', () => {
  it.each([
    'Nos ayudaría mucho que dijera a otros clientes en la página del producto qué le ha parecido.',
    'Si pudiera, que contase a los futuros compradores qué le parece, en la ficha del artículo.',
    'Cela nous aiderait beaucoup que vous partagiez ce que vous en avez pensé sur la fiche produit.',
    'Es würde uns sehr helfen, wenn Sie anderen Käufern auf der Produktseite Ihre Meinung schreiben.',
  ])('asks: %s', (text) => {
    expect(solicits(text)).toBe(true);
  });

  it.each([
    'Nos ayudaría mucho que nos dijera qué le ha parecido el embalaje, para mejorarlo.',
    'Cela nous aiderait beaucoup de savoir ce que vous en avez pensé, pour corriger le défaut.',
    'Es würde uns sehr helfen, wenn Sie uns ein Foto vom Etikett schicken.',
  ])('asks nothing for an audience: %s', (text) => {
    expect(solicits(text)).toBe(false);
  });
});
