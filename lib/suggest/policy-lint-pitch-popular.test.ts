import { describe, expect, it } from 'vitest';
import { amazonCodes } from '@/lib/testing/amazon-lint';

const flagged = (text: string) => amazonCodes(text).length > 0;

// Thirteenth pass: a product of the same range said to be popular, or worth considering, is a pitch.
describe('a complement pitched by its popularity', () => {
  it.each([
    'The placemats from the same collection are proving very popular this winter.',
    'Die passende Butterdose ist bei unseren Kundinnen ein echter Renner und einen Blick wert.',
    'Le pichet assorti rencontre un vif succès cette saison.',
    'La jarra a juego está triunfando entre nuestros clientes, vale la pena verla.',
    '같은 디자인의 컵받침도 반응이 좋아요.',
    '同じ柄のランチョンマットも人気でございます。',
  ])('flags %s', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'The replacement from the same range is a popular size, so it ships today.',
    'Ihr Ersatzteil aus derselben Serie ist angekommen, wie wir sehen.',
    'Ce modèle est très populaire, c’est pourquoi votre commande a pris du retard.',
    'El modelo que compró es muy popular y por eso tardó en enviarse.',
    '주문하신 제품은 인기가 많아 발송이 하루 늦어졌습니다.',
    '同じシリーズの交換品を本日お送りしました。',
    // popularity that delays the buyer's own order is service
    'The matching lid is so popular that it is back-ordered; your order ships Monday.',
    'Der passende Deckel ist sehr beliebt und daher ausverkauft, Ihre Bestellung verzögert sich um zwei Tage.',
    'Le couvercle assorti a un tel succès qu’il est en rupture ; votre commande part lundi.',
    'La tapa a juego es tan popular que está agotada; su pedido sale el lunes.',
    '같은 디자인의 뚜껑이 인기가 많아 품절되어 발송이 지연되었습니다.',
    '同じシリーズの蓋が人気のため品切れとなり、発送が遅れております。',
  ])('leaves service and popularity alone: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});
