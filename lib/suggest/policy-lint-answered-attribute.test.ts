import { describe, expect, it } from 'vitest';
import { amazonFlags } from '@/lib/testing/amazon-lint';

// Session 23 (lint21): after a yes to "is there such an item?", the item's colour, material or size was a word the
// question did not have, so the answer ("Yes, and the Orbit lid is in our shop, in black") read as a pitch. Answering
// the buyer's own question is allowed; another item named after the yes still is not.
describe('a yes that describes the asked item', () => {
  it.each([
    'You asked if the Nimbus teapot comes with a spare strainer. Yes, the Nimbus strainer is sold in our shop as well, in stainless steel.',
    'You asked whether the Nimbus teapot has a spare strainer. Yes, and the Nimbus strainer is available in our shop too, in 12 cm.',
    'Sie haben gefragt, ob es zur Teekanne Nimbus ein Ersatzsieb gibt. Ja, das Nimbus Ersatzsieb gibt es auch bei uns, in Edelstahl.',
    'Vous avez demandé si la théière Nimbus a un filtre de rechange. Oui, le filtre Nimbus est aussi dans notre boutique, en inox.',
    'Preguntó si la tetera Nimbus tiene un filtro de repuesto. Sí, el filtro Nimbus también está en nuestra tienda, en color negro.',
    '문의하신 님버스 티포트의 여분 거름망 말씀이시죠. 네, 님버스 거름망도 스테인리스로 저희 스토어에서 판매하고 있습니다.',
    'ご質問いただいたニンバスティーポットの替え茶こしについてですね。はい、ニンバスとお揃いの茶こしもステンレス製で当店で取り扱っております。',
  ])('leaves %s alone', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(false);
  });

  it.each([
    'You asked if the Nimbus teapot comes with a spare strainer. Yes, and the Nimbus cups are sold in our shop as well, in white.',
    'Sie haben gefragt, ob es zur Teekanne Nimbus ein Ersatzsieb gibt. Ja, und die Nimbus Tassen gibt es auch bei uns, in Weiß.',
    'Vous avez demandé si la théière Nimbus a un filtre de rechange. Oui, et les tasses Nimbus sont aussi dans notre boutique, en blanc.',
    'Preguntó si la tetera Nimbus tiene un filtro de repuesto. Sí, y las tazas Nimbus también están en nuestra tienda, en blanco.',
    '문의하신 님버스 티포트의 여분 거름망 말씀이시죠. 네, 님버스 찻잔도 흰색으로 저희 스토어에서 판매하고 있습니다.',
    'ご質問いただいたニンバスティーポットの替え茶こしについてですね。はい、ニンバスとお揃いのカップも白で当店で取り扱っております。',
  ])('still flags %s', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(true);
  });
});
