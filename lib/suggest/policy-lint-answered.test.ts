import { describe, expect, it } from 'vitest';
import { answersTheBuyer } from '@/lib/suggest/policy-lint-answered';
import { findSoftPitches } from '@/lib/suggest/policy-lint-pitch';
import { amazonFlags } from '@/lib/testing/amazon-lint';

// Twelfth pass: the buyer's own question answered, and a "no, we don't sell it", are no pitch.
describe("a product of ours named to answer the buyer's question, or to say no", () => {
  it.each([
    'You wanted to know if we sell the matching spoons singly — unfortunately they are not sold separately.',
    'As you requested, we confirmed that the base from our shop fits the 2022 model.',
    'Wie von Ihnen gewünscht: Das passende Sieb aus unserem Sortiment passt auf Ihre Kanne.',
    'Vous nous l’avez demandé : notre gamme de filtres ne propose pas de modèle plus petit.',
    'Según nos solicitó, comprobamos que la correa de nuestra tienda encaja con su reloj.',
    '요청하신 대로 확인해 보니 저희 브랜드의 커버가 고객님 의자에 맞습니다.',
    'ご要望どおり確認いたしました。当店のカバーはお使いの椅子に合います。',
    'The matching napkins? I’m afraid we don’t, they only come as a set with the tablecloth.',
  ])('leaves %s alone', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(false);
  });

  it.each([
    'You asked about the lid: it is not sold separately, but you might also like our new frying pans.',
    'As you asked, here is 10% off with code LID10 for the matching lid.',
    'Sie haben gefragt, ob es Rabatt gibt: Auf Ihre nächste Bestellung in unserem Shop gibt es 10 %.',
    'Vous avez demandé le couvercle : découvrez aussi notre nouvelle collection de poêles.',
    'Nos preguntó por la tapa; visite nuestra tienda online para ver el resto de la colección.',
    'You asked about the delivery date. Our matching mugs are lovely too.',
  ])('still flags an answer that pitches: %s', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(true);
  });
});

describe('answersTheBuyer: the question asked there or just before', () => {
  it('takes the question in the sentence itself, or in the one before', () => {
    expect(answersTheBuyer('You asked whether the cover fits: our cover fits your chair.', '')).toBe(true);
    expect(answersTheBuyer('Our cover fits your chair.', 'Thanks for asking.')).toBe(true);
    expect(answersTheBuyer('Our cover fits your chair.', 'The parcel left on Monday.')).toBe(false);
  });

  it('does not take a sentence after the answer that turns to something else', () => {
    expect(answersTheBuyer('We make a cushion for it too.', 'You asked about the cover.')).toBe(false);
    expect(answersTheBuyer('저희 방석도 같이 잘 어울려요.', '문의하신 커버는 내일 발송됩니다.')).toBe(false);
  });

  it('lets a caller widen what counts as an answer', () => {
    expect(answersTheBuyer('Our stand fits your kettle.', 'We measured it.', /\bmeasured\b/iu)).toBe(true);
  });
});

// Session 14: the pitch rule and the promotion rule share the helper; the pitch rule used to take any sentence after
// a question as its answer, even one that turns away with "also".
describe('a fit offered after the answer, with an "also"', () => {
  it.each([
    'Thanks for asking. We also make a lid that fits your pan.',
    'Danke für Ihre Frage, der Deckel ist unterwegs. Wir fertigen auch einen Untersetzer, der zu Ihrer Kanne passt.',
  ])('flags %s', (text) => {
    expect(findSoftPitches(text)).toHaveLength(1);
    expect(amazonFlags(text, 'marketing')).toBe(true);
  });
});
