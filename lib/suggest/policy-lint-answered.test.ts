import { describe, expect, it } from 'vitest';
import { lintReply } from '@/lib/suggest/policy-lint';

const markets = (text: string) => lintReply(text, 'amazon-seller-central').violations.some((v) => v.code === 'marketing');

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
    expect(markets(text)).toBe(false);
  });

  it.each([
    'You asked about the lid: it is not sold separately, but you might also like our new frying pans.',
    'As you asked, here is 10% off with code LID10 for the matching lid.',
    'Sie haben gefragt, ob es Rabatt gibt: Auf Ihre nächste Bestellung in unserem Shop gibt es 10 %.',
    'Vous avez demandé le couvercle : découvrez aussi notre nouvelle collection de poêles.',
    'Nos preguntó por la tapa; visite nuestra tienda online para ver el resto de la colección.',
    'You asked about the delivery date. Our matching mugs are lovely too.',
  ])('still flags an answer that pitches: %s', (text) => {
    expect(markets(text)).toBe(true);
  });
});
