import { describe, expect, it } from 'vitest';
import { asToldRemedy } from '@/lib/suggest/told-situation';
import { reading } from '@/lib/suggest/testing/sure-reading';

/**
 * Session 18: a missing part asked to be added to the next order reads as modify_order; it is the
 * missing part's remedy, not a second request. A refund asked for it stays a refund (the sets label it so).
 */
describe('asToldRemedy: the next order after a part told missing', () => {
  it.each([
    ['Two of the 24 macarons are missing.', 'Could you add them to my next order?'],
    ['Es fehlen zwei Schrauben.', 'Können Sie die bei meiner nächsten Bestellung mitschicken?'],
    ['Il manque deux macarons.', 'Pouvez-vous les ajouter à ma prochaine commande ?'],
    ['Faltan dos tornillos.', '¿Podéis añadirlos a mi próximo pedido?'],
    ['나사 두 개가 빠져 있어요.', '다음 주문에 같이 넣어 주실 수 있나요?'],
    ['ネジが2本足りません。', '次の注文に同梱していただけますか。'],
  ])('%j then %j is one missing_item request', (told, asked) => {
    const clauses = [
      { text: told, start: 0, end: told.length },
      { text: asked, start: told.length + 1, end: told.length + 1 + asked.length },
    ];
    const requests = asToldRemedy(clauses, [
      { ...reading('missing_item', 0.7), start: clauses[0]!.start, end: clauses[0]!.end },
      { ...reading('modify_order', 0.6), start: clauses[1]!.start, end: clauses[1]!.end },
    ]);
    expect(requests.map((r) => r.intent)).toEqual(['missing_item']);
  });

  it('keeps the refund asked for the missing part', () => {
    const clauses = [
      { text: 'Two of the candles are missing.', start: 0, end: 31 },
      { text: 'Please refund them.', start: 32, end: 51 },
    ];
    const requests = asToldRemedy(clauses, [
      { ...reading('missing_item', 0.7), start: 0, end: 31 },
      { ...reading('refund', 0.8), start: 32, end: 51 },
    ]);
    expect(requests.map((r) => r.intent)).toEqual(['missing_item', 'refund']);
  });
});
