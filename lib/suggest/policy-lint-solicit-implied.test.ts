import { describe, it } from 'vitest';
import { expectNoSolicitation, expectSolicitation } from '@/lib/testing/amazon-lint';

describe('findReviewSolicitations, ninth pass: a good mark asked for by saying how much it helps', () => {
  it.each([
    'For a two-person workshop, every good rating genuinely makes a big difference.',
    'A glowing score on our seller page goes a long way for a shop our size.',
    'Telling other dog owners how the harness fits helps small makers like us enormously.',
    'Eine gute Bewertung bedeutet uns als kleinem Laden unglaublich viel.',
    'Gerade für einen Familienbetrieb macht jede positive Rückmeldung einen riesigen Unterschied.',
    'Pour un petit atelier comme le nôtre, une bonne note compte énormément.',
    'Chaque avis positif fait une vraie différence pour notre équipe.',
    'Una valoración positiva significa mucho para un taller familiar como el nuestro.',
    'Cada buena reseña marca la diferencia para una tienda pequeña.',
    '작은 공방이라 좋은 평가 하나하나가 큰 힘이 됩니다.',
    '긍정적인 후기는 저희 같은 소규모 판매자에게 큰 도움이 됩니다.',
    '小さな店ですので、高評価をいただけるだけで大きな励みになります。',
    '良い評価は私たちのような小さな工房の支えになります。',
  ])('flags %s', expectSolicitation);

  it.each([
    'Your feedback about the strap means a lot to us; the new batch has a longer one.',
    'A quick reply with your order number makes all the difference for our courier claim.',
    'Ihre Rückmeldung zur Verpackung bedeutet uns viel, wir haben sie an das Lager weitergegeben.',
    'Votre message compte beaucoup pour nous : le remboursement est parti ce matin.',
    'Une bonne note de livraison compte énormément pour le livreur ; nous lui avons transmis vos remerciements.',
    'Su opinión sobre el cierre significa mucho para nosotros; ya lo hemos cambiado en el nuevo modelo.',
    '보내주신 의견은 저희에게 큰 도움이 됩니다. 다음 생산분부터 반영하겠습니다.',
    'いただいたご意見は大きな励みになります。改善に活かしてまいります。',
  ])('passes %s', expectNoSolicitation);
});
