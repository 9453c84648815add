import { describe, expect, it } from 'vitest';
import { amazonCodes as codes } from '@/lib/testing/amazon-lint';

// Session 24 (lint22, from lint held-out 21's three misses, in other words): the tag worded longer in the brackets that
// open the reply or a line is the same tag, and misused on a greeting as much as "[Important]" is.
describe('"[Important]" worded longer', () => {
  it.each([
    '[Please read - Important] Hello Sam, thank you for choosing our little candle studio. Enjoy the glow!',
    '[Wichtiger Hinweis] Hallo Herr Lang, schön, dass Sie sich für unsere Teekanne entschieden haben. Viel Freude damit!',
    '[Important : à lire] Bonjour Madame Roux, merci d’avoir choisi notre atelier. Belles fêtes à vous !',
    '[Aviso importante] Hola Lucía, gracias por elegir nuestra tienda. ¡Felices fiestas!',
    '[중요 안내] 김민지 고객님, 저희 공방을 찾아 주셔서 감사합니다. 행복한 연말 보내세요!',
    '【重要なご案内】佐藤様、いつも当店をご利用いただきありがとうございます。良いお年をお迎えください。',
  ])('is misuse on a greeting: %s', (text) => {
    expect(codes(text)).toContain('important_tag_misuse');
  });

  it('stands on what the buyer must do for the order, however worded', () => {
    expect(codes('[Wichtiger Hinweis] Bei Ihrer Lieferadresse fehlt die Hausnummer; bitte antworten Sie uns mit ihr.')).toEqual([]);
  });

  it('is no tag inside a sentence', () => {
    expect(codes('Thank you for your order. Please keep the box (important for any return) until the end of the month.')).toEqual([]);
  });
});
