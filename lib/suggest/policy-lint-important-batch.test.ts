import { describe, expect, it } from 'vitest';
import { amazonCodes as codes, amazonFlags } from '@/lib/testing/amazon-lint';

// Session 21 (lint19), from lint held-out 18's false alarms, in other words: "[Important]" on a misprint or a mislabel, a
// batch or lot, a fire or electric-shock risk is a safety notice the buyer needs.
describe('"[Important]" on a misprinted batch or a fire risk', () => {
  it.each([
    '[Important] The dosage markings on spoons from batch 2207 are misprinted; please measure with another spoon.',
    '[Wichtig] Die Messskala der Karaffen aus Charge 118 ist fehlerhaft bedruckt, bitte messen Sie separat nach.',
    '[Important] Les verres doseurs du lot 31 sont mal gradués : utilisez un autre verre en attendant.',
    '[Importante] Hay riesgo de descarga eléctrica si el cargador se usa con un adaptador de viaje.',
    '[중요] 해당 멀티탭은 용량을 넘기면 감전 우려가 있으니 꼭 확인해 주세요.',
    '【重要】こちらのヒーターは海外の電圧で使うと発火のおそれがございます。',
  ])('leaves %s alone', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it.each(['[Important] Our winter sale starts on Monday: 20% off every heater.', '[중요] 새로운 컬렉션이 출시되었습니다.'])(
    'still flags %s',
    (text) => {
      expect(amazonFlags(text, 'important_tag_misuse')).toBe(true);
    },
  );
});
