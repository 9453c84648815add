import { describe, expect, it } from 'vitest';
import { amazonFlags } from '@/lib/testing/amazon-lint';

// Session 22 (lint20), from lint held-out 19's false alarm ("[Important]" on hangers "from batch BF-22" that "can
// snap"): a batch or lot named by a code with letters, and a part that can break, are safety notices the buyer needs.
describe('"[Important]" on a batch code or a part that can break', () => {
  it.each([
    '[Important] Kettles from batch KT-31 left the factory with a loose lid seal; please check yours before first use.',
    '[Wichtig] Wasserkocher der Charge WK-31 haben eine lockere Deckeldichtung; bitte prüfen Sie Ihren vor dem ersten Gebrauch.',
    '[Important] Les bouilloires du lot BK-31 ont un joint de couvercle mal fixé ; vérifiez la vôtre avant la première utilisation.',
    '[Importante] Los hervidores del lote HV-31 tienen la junta de la tapa suelta; revise el suyo antes del primer uso.',
    '[중요] 로트 KT-31 전기포트는 뚜껑 패킹이 헐거운 경우가 있으니 첫 사용 전에 확인해 주세요.',
    '【重要】ロットKT-31の電気ケトルは蓋のパッキンが緩い場合がございます。初回ご使用前にご確認ください。',
    '[Important] The glass shelf in your cabinet may shatter if it is tightened too hard; hand-tighten the clips only.',
    '[Wichtig] Die Glasplatte Ihres Regals kann beim festen Anziehen zerbrechen; ziehen Sie die Klemmen nur von Hand an.',
    '[Important] La tablette en verre de votre meuble peut se briser si on la serre trop ; serrez les pinces à la main.',
    '[Importante] La balda de cristal de su mueble puede quebrarse si se aprieta demasiado; apriete las pinzas solo a mano.',
    '[중요] 수납장의 유리 선반은 세게 조이면 깨질 수 있으니 손으로만 조여 주세요.',
    '【重要】収納棚のガラス板は、強く締めると割れる恐れがございます。手で軽く締めてください。',
  ])('leaves %s alone', (text) => {
    expect(amazonFlags(text, 'important_tag_misuse')).toBe(false);
  });

  it.each([
    '[Important] Thank you so much — a lot of care went into packing your mug!',
    '[Wichtig] Danke für Ihren Einkauf, wir hoffen, Sie haben viel Freude daran!',
  ])('still flags %s', (text) => {
    expect(amazonFlags(text, 'important_tag_misuse')).toBe(true);
  });
});
