import { describe, expect, it } from 'vitest';
import { amazonCodes } from '@/lib/testing/amazon-lint';

const flagged = (text: string) => amazonCodes(text).length > 0;

// Fourteenth pass: a pitch that shares its sentence with an apology for a delay is still a pitch.
describe('a pitch beside a delay', () => {
  it.each([
    'Sorry for the two-day delay on the teapot, and the matching cups are a real favourite with our regulars.',
    'Entschuldigen Sie die Verzögerung; die passenden Becher sind übrigens sehr beliebt.',
    'Désolés pour le retard, les tasses assorties rencontrent un vif succès.',
    'Perdón por el retraso, las tazas a juego están triunfando entre nuestros clientes.',
    '배송 지연 죄송합니다, 같은 디자인의 컵도 인기가 많아요.',
    '発送が遅れて申し訳ございません、同じ柄のカップもご好評いただいております。',
    // session 16: a turn ends the apology's clause without a comma (the lint's one clause splitter)
    'Sorry for the delay but the matching napkins are a real favourite with our buyers.',
    'Désolés pour le retard mais les serviettes assorties ont un vif succès.',
    '発送が遅れて申し訳ございませんが同じ柄のカップもご好評いただいております。',
  ])('flags %s', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'The matching cups are so popular that they are back-ordered, so your teapot ships alone on Monday.',
    'Die passenden Becher sind so beliebt, dass sie ausverkauft sind; Ihre Kanne kommt zuerst.',
    'Les tasses assorties ont tant de succès qu’elles sont en rupture ; la théière part seule.',
    'Las tazas a juego son tan populares que están agotadas; la tetera sale sola.',
    '같은 디자인의 컵이 인기가 많아 품절되어 찻주전자만 먼저 보내 드립니다.',
    '同じ柄のカップが人気のため品切れとなり、ティーポットのみ先にお送りします。',
  ])('leaves the buyer’s own delay alone: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});
