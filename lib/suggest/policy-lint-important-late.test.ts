import { describe, expect, it } from 'vitest';
import { amazonCodes } from '@/lib/testing/amazon-lint';

const tagMisused = (text: string) => amazonCodes(text).includes('important_tag_misuse');

// Session 17 (lint15): a late delivery and a recall or safety warning concern the order in every language.
describe('"[Important]" on a late delivery or a recall', () => {
  it.each([
    '[Important] Storms at the depot mean your parcel is running late; it should reach you by Friday.',
    '[Wichtig] Ihre Sendung hat sich wegen eines Streiks um zwei Tage verspätet.',
    '[Important] Votre colis aura du retard : le transporteur annonce une livraison lundi.',
    '[Importante] Su paquete sufre un retraso de dos días por la huelga de transportes.',
    '[중요] 택배사 사정으로 고객님의 상품 도착이 이틀 지연될 예정입니다.',
    '【重要】悪天候のため、お荷物の到着が2日ほど遅れる見込みです。',
    '[Important] The maker has withdrawn this batch of chargers: please stop using yours, a new one is on its way.',
    '[Wichtig] Der Hersteller hat einen Rückruf für dieses Ladegerät gestartet, bitte nicht mehr verwenden.',
    '[Important] Le fabricant a lancé un rappel pour ce chargeur, ne l’utilisez pas.',
    '[중요] 제조사가 해당 충전기를 리콜하였습니다. 사용을 중지해 주세요.',
    '【重要】メーカーが該当ロットのリコールを発表しました。ご使用をお控えください。',
  ])('leaves a notice the buyer needs: %s', (text) => {
    expect(tagMisused(text)).toBe(false);
  });

  it.each([
    '[Important] Sorry for the late reply, and thank you for shopping with us!',
    '[Wichtig] Vielen Dank für Ihren Einkauf, wir wünschen viel Freude damit!',
    '[중요] 구매해 주셔서 감사합니다. 안전하게 잘 쓰세요!',
  ])('flags a thank-you: %s', (text) => {
    expect(tagMisused(text)).toBe(true);
  });
});
