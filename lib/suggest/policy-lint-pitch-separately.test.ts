import { describe, expect, it } from 'vitest';
import { amazonCodes as codes } from '@/lib/testing/amazon-lint';

// Session 24 (lint22, from lint held-out 20's Japanese miss, in other words): a spare sold separately, offered at a good
// price inside care advice, is a pitch for another product — sold, not sent — unless the buyer asked about it.
describe('a spare sold separately at a good price', () => {
  it.each([
    'Rinse the jug after each use. The spare filter is sold separately and is half price this week.',
    'Bitte reinigen Sie die Dichtung monatlich. Die Ersatzdichtung ist separat erhältlich, aktuell im Doppelpack.',
    'Rincez la brosse après usage. La brosse de rechange est vendue séparément, en promotion ce mois-ci.',
    'Limpie el depósito cada semana. El filtro de repuesto se vende por separado y ahora está en oferta.',
    '필터는 석 달마다 교체해 주세요. 교체용 필터는 별매이며 지금 할인된 가격으로 구매하실 수 있습니다.',
    'パッドは半年ごとの交換をおすすめします。交換用パッドは別売りで、ただいま特別価格でご用意しております。',
  ])('is marketing: %s', (text) => {
    expect(codes(text)).toContain('marketing');
  });

  it.each([
    'The replacement pad we sent is free of charge; spare pads are sold separately.',
    'Sie hatten gefragt, ob der Deckel separat erhältlich ist: ja, und er ist gerade reduziert.',
    'El cargador se vende por separado; se lo enviamos hoy sin coste como repuesto.',
  ])('is service or an answer: %s', (text) => {
    expect(codes(text)).toEqual([]);
  });
});
