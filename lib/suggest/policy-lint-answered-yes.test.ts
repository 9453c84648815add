import { describe, expect, it } from 'vitest';
import { amazonFlags } from '@/lib/testing/amazon-lint';

// Session 20 (lint18): "does the Orbit have a matching lid?" — "yes, and the Orbit lid is sold here too" answers the
// buyer, though it says "too"; a "too" that turns to something the buyer did not ask about still pitches.
describe('a yes that goes on answering what the buyer asked, with an "also"', () => {
  it.each([
    'You asked whether the Orbit 2 kettle has a matching lid. Yes, and the matching Orbit 2 lid is available in our shop as well.',
    'You asked whether we sell matching napkins. Yes, the matching napkins are available in our shop as well.',
    'Sie haben gefragt, ob es zur Kanne Linea einen passenden Deckel gibt. Ja, der passende Deckel für die Linea ist auch bei uns erhältlich.',
    'Vous avez demandé si la théière Lune a un couvercle assorti. Oui, le couvercle assorti de la Lune est aussi disponible dans notre boutique.',
    'Preguntó si la tetera Luna tiene una tapa a juego. Sí, la tapa a juego de la Luna también está en nuestra tienda.',
    '문의하신 루나 주전자의 세트 뚜껑 말씀이시죠. 네, 루나 주전자 세트 뚜껑도 저희 스토어에서 판매하고 있습니다.',
    'ご質問いただいたルナケトルの蓋についてですね。はい、ルナケトル用のお揃いの蓋も当店で取り扱っております。',
  ])('leaves %s alone', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(false);
  });

  it.each([
    // a yes to another question, then a product the buyer did not ask about
    'You asked whether the Orbit 2 kettle ships today. Yes, and our matching mugs are available in our shop as well.',
    'Sie haben gefragt, ob die Kanne Linea heute verschickt wird. Ja, und unsere passenden Tassen sind auch bei uns erhältlich.',
    "Vous avez demandé si la théière Lune part aujourd'hui. Oui, et nos tasses assorties sont aussi disponibles dans notre boutique.",
    'Preguntó si la tetera Luna sale hoy. Sí, y nuestras tazas a juego también están en nuestra tienda.',
    '문의하신 루나 주전자는 오늘 발송됩니다. 네, 세트 머그컵도 저희 스토어에서 판매하고 있습니다.',
    'ご質問いただいたルナケトルは本日発送いたします。はい、お揃いのマグカップも当店で取り扱っております。',
    // the asked item said again, but no yes: it turns away with "too"
    'You asked about the Orbit 2 lid. Our matching Orbit 2 mugs are lovely too.',
  ])('still flags %s', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(true);
  });
});
