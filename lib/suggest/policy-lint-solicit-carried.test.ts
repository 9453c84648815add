import { describe, expect, it } from 'vitest';
import { lintReply } from '@/lib/suggest/policy-lint';

const codes = (text: string) => lintReply(text, 'amazon-seller-central').violations.map((v) => v.code);

describe("an ask for the buyer's view, carried to an audience by the next sentence, asks for a review", () => {
  it.each([
    [
      'en',
      'Could you tell us what you think of the kettle after a month? Those thoughts, on the listing, are gold for people still deciding.',
    ],
    [
      'de',
      'Würden Sie uns Ihre Meinung zur Lampe nach der ersten Woche verraten? Diese Eindrücke helfen anderen Käufern auf der Produktseite enorm.',
    ],
    [
      'fr',
      'Pourriez-vous nous dire ce que vous en pensez après quelques jours ? Ces impressions, sur la fiche produit, aident beaucoup les futurs acheteurs.',
    ],
    [
      'es',
      'Nos encantaría conocer su opinión sobre la tetera tras unos días. Esas palabras, junto al producto, ayudan a otros compradores a decidirse.',
    ],
    ['ko', '램프는 어떠신지 알려 주시겠어요? 그런 소감이 상품 페이지에 있으면 고민 중인 분들께 도움이 돼요.'],
    ['ja', 'ご注文の品、使い心地はいかがでしょうか？そのご感想は、商品ページで多くの方に読まれています。'],
  ])('%s', (_language, reply) => {
    expect(codes(reply)).toContain('review_request_biased');
  });

  it('leaves a view asked for the seller alone, and a photo of a damage asked before a sentence about the listing', () => {
    expect(codes('Could you tell us what you think of the new strap? Those thoughts go straight to our designers.')).toEqual([]);
    expect(codes('Könnten Sie uns ein Foto der Delle schicken? Diese Fotos brauchen wir für die Reklamation beim Hersteller.')).toEqual([]);
    expect(codes("Qu'en pensez-vous ? La fiche produit indique aussi les dimensions exactes.")).toEqual([]);
  });
});
