import { describe, expect, it } from 'vitest';
import { amazonFlags } from '@/lib/testing/amazon-lint';

// Session 23 (lint21, lint held-out 20's false alarm): a safety notice on the item the buyer bought held a word that also
// names a shop notice (a buckle's 'cierre', a 'sale' sticker, a 'holiday' model), and the item was not read as the
// buyer's order. The item the buyer bought is their order.
describe('"[Important]" on a notice about the item the buyer bought', () => {
  it.each([
    '[Important] The holiday edition lantern you bought may have a loose battery cover. Please stop using it until the new cover we are sending arrives.',
    '[Wichtig] Bei der Weihnachtsleuchte, die Sie gekauft haben, kann sich der Akkudeckel lösen. Bitte nicht mehr benutzen, bis der neue Deckel ankommt.',
    '[Important] La guirlande de Noël que vous avez achetée peut surchauffer. Ne l’utilisez pas avant l’arrivée du câble de remplacement.',
    '[Importante] El cierre de la mochila portabebés que compró puede abrirse solo. Deje de usarla hasta que le llegue la pieza nueva.',
    '[중요] 구매하신 크리스마스 조명의 배터리 덮개가 빠질 수 있습니다. 새 덮개가 도착할 때까지 사용을 중지해 주세요.',
    '【重要】ご購入いただいたクリスマス用ライトは電池カバーが外れる恐れがあります。新しいカバーが届くまで使用を中止してください。',
  ])('leaves %s alone', (text) => {
    expect(amazonFlags(text, 'important_tag_misuse')).toBe(false);
  });

  it.each([
    '[Important] Our shop is closed over the holidays; orders placed now ship in January.',
    '[Importante] Nuestra tienda cierra por vacaciones; los pedidos nuevos salen en enero.',
  ])('still flags a shop notice: %s', (text) => {
    expect(amazonFlags(text, 'important_tag_misuse')).toBe(true);
  });
});
