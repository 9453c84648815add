import { describe, expect, it } from 'vitest';
import { amazonCodes } from '@/lib/testing/amazon-lint';

const asksForReview = (text: string) => amazonCodes(text).includes('review_request_biased');

// Fourteenth pass: a short note on the product's card for other people, and an opinion left for a gift (voseo too).
describe('a short note on the product card, an opinion left for a gift', () => {
  it.each([
    'Si le cœur vous en dit, une courte note sur sa fiche guiderait d’autres personnes dans leur choix.',
    'Si te animás, unas palabritas en su ficha ayudarían a otras personas a decidirse.',
    'Si nos compartís en la página del producto cómo te fue, te regalamos un cupón.',
    'Si nos dejás tu opinión con una foto de la manta, te mandamos de regalo unas fundas.',
    'Leave us your thoughts with a photo and we will send you a free set of coasters.',
    '의견을 남겨 주시면 사은품을 보내 드립니다.',
  ])('flags %s', (text) => {
    expect(asksForReview(text)).toBe(true);
  });

  it.each([
    'Une courte note glissée dans le colis explique le montage ; elle vous aidera à choisir le bon réglage.',
    'En su ficha de pedido figura la dirección antigua; ¿nos confirmás la nueva?',
    'Si nos mandás una foto de la rayadura, te enviamos otra manta sin cargo.',
    'Si te animás, contanos qué falló y lo arreglamos por acá.',
    'D’autres personnes ont signalé le même bruit ; voici le réglage qui le fait disparaître.',
  ])('leaves service alone: %s', (text) => {
    expect(asksForReview(text)).toBe(false);
  });
});
