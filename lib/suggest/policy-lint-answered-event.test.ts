import { describe, expect, it } from 'vitest';
import { amazonFlags } from '@/lib/testing/amazon-lint';

// Session 21 (lint19): a yes that says the product's name again went on answering the buyer, whatever the question;
// after a question about something that happens to the order (it ships, it arrives), the "also" still turns away.
describe('a yes to a question about the order, then an "also"', () => {
  it.each([
    'You asked whether the Orbit 2 kettle ships today. Yes, and the Orbit 2 mugs are available in our shop as well.',
    'You asked whether the Orbit 2 kettle arrives before Friday. Yes, and the Orbit 2 kettle’s matching mugs are in our shop too.',
    'Sie haben gefragt, ob die Kanne Linea heute verschickt wird. Ja, und die Tassen der Linea sind auch bei uns erhältlich.',
    'Vous avez demandé si la théière Lune est expédiée aujourd’hui. Oui, et les tasses Lune sont aussi disponibles dans notre boutique.',
    'Preguntó si la tetera Luna se envía hoy. Sí, y las tazas Luna también están en nuestra tienda.',
    '문의하신 루나 주전자가 오늘 발송되는지 말씀이시죠. 네, 루나 머그컵도 저희 스토어에서 판매하고 있습니다.',
    'ご質問いただいたルナケトルの発送日についてですね。はい、ルナケトルとお揃いのマグカップも当店で取り扱っております。',
  ])('still flags %s', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(true);
  });

  // The answer to the order question itself, with its "also", names nothing for sale.
  it.each([
    'You asked whether the Orbit 2 kettle ships today. Yes, and the descaling guide goes in the parcel as well.',
    'Sie haben gefragt, ob die Kanne Linea heute verschickt wird. Ja, und die Sendungsnummer schicken wir Ihnen auch.',
    'Preguntó si la tetera Luna se envía hoy. Sí, y también le enviaremos el número de seguimiento.',
    'ご質問いただいたルナケトルの発送日についてですね。はい、本日発送し、追跡番号もお送りします。',
  ])('leaves the answer alone: %s', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(false);
  });
});
