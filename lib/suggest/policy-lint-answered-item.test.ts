import { describe, expect, it } from 'vitest';
import { amazonFlags } from '@/lib/testing/amazon-lint';

// Session 22 (lint20): after a yes to "is there a matching item?", a word of the question said again was enough to go on
// answering, so the product line's name with another item ("Yes, and the Orbit mugs are in our shop too") passed.
describe('a yes that names the asked product line with another item', () => {
  it.each([
    'You asked whether the Vela frying pan has a glass lid. Yes, and the Vela trivets are sold in our shop as well.',
    'Sie haben gefragt, ob es zur Pfanne Vela einen Glasdeckel gibt. Ja, und die Vela Topflappen gibt es auch bei uns.',
    'Vous avez demandé si la poêle Vela a un couvercle en verre. Oui, et les maniques Vela sont aussi dans notre boutique.',
    'Preguntó si la sartén Vela tiene tapa de cristal. Sí, y los salvamanteles Vela también están en nuestra tienda.',
    '문의하신 벨라 프라이팬의 유리 뚜껑 말씀이시죠. 네, 벨라 냄비받침도 저희 스토어에서 판매하고 있습니다.',
    'ご質問いただいたベラフライパンのガラス蓋についてですね。はい、ベラフライパンとお揃いの鍋敷きも当店で取り扱っております。',
  ])('flags %s', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(true);
  });

  // The asked item itself, said again after the yes, still answers.
  it.each([
    'You asked whether the Vela frying pan has a glass lid. Yes, and the Vela glass lid is sold in our shop as well.',
    'Sie haben gefragt, ob es zur Pfanne Vela einen Glasdeckel gibt. Ja, den Glasdeckel für die Vela gibt es auch bei uns.',
    'Vous avez demandé si la poêle Vela a un couvercle en verre. Oui, le couvercle en verre Vela est aussi dans notre boutique.',
    'Preguntó si la sartén Vela tiene tapa de cristal. Sí, la tapa de cristal de la Vela también está en nuestra tienda.',
    '문의하신 벨라 프라이팬의 유리 뚜껑 말씀이시죠. 네, 벨라 유리 뚜껑도 저희 스토어에서 판매하고 있습니다.',
    'ご質問いただいたベラフライパンのガラス蓋についてですね。はい、ベラフライパン用のガラス蓋も当店で取り扱っております。',
  ])('leaves %s alone', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(false);
  });
});
