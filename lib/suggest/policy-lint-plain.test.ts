import { describe, expect, it } from 'vitest';
import { lintReply } from '@/lib/suggest/policy-lint';
import { plainReply } from '@/lib/suggest/policy-lint-plain';

const codes = (text: string) => lintReply(text, 'amazon-seller-central').violations.map((v) => v.code);
const found = (text: string) => lintReply(text, 'amazon-seller-central').violations.map((v) => text.slice(v.start, v.end));

describe('the lint reads a reply as the buyer does, whatever the seller did to its letters', () => {
  it.each([
    ['letters spaced out (de)', 'Danke für Ihren Einkauf! Über eine p o s i t i v e   B e w e r t u n g würden wir uns freuen.'],
    ['letters with dots (en)', 'Thanks for shopping with us. A few k.i.n.d w.o.r.d.s on the product page would mean a lot.'],
    ['full-width Latin (fr)', 'Merci pour votre commande ! Un ａｖｉｓ ｐｏｓｉｔｉｆ nous aiderait beaucoup.'],
    ['named and numeric entities (es)', 'Gracias por su compra. Nos encantar&iacute;a una rese&ntilde;a&nbsp;positiva.'],
    ['emoji between the words (es)', 'Gracias por su compra. Unas 🙏 palabras ✨ bonitas en la ficha nos alegrarían el día.'],
    ['emoji between the words (fr)', 'Merci pour votre achat ! Quelques 🌸 mots ✨ gentils sur la fiche nous feraient plaisir.'],
    ['a line broken inside the phrase (en)', 'We will send you a voucher as soon\nas your review is up.'],
    ['a soft hyphen and a zero-width space (de)', 'Über fünf Ster\u00adne\u200b und eine gute Bewer\u200btung freuen wir uns sehr.'],
    ['characters spaced out in an unspaced script (ja)', '先日いただいた低評 価 を 削 除していただけないでしょうか。'],
  ])('%s', (_trick, reply) => {
    expect(codes(reply)).toContain('review_request_biased');
  });

  it("reports the finding at the reply's own offsets, across what was undone", () => {
    const reply = 'Thanks! A few k i n d   w o r d s on the listing would help.';
    expect(found(reply).join(' ')).toContain('k i n d   w o r d s');
  });

  it('finds the emoji as emoji, once, as written', () => {
    const reply = 'Danke für Ihre Bewertung 😊 Ihr Paket ist unterwegs.';
    expect(codes(reply)).toEqual(['emoji']);
  });

  it('leaves a clean reply clean: an address over two lines, a line starting anew, initials', () => {
    expect(codes('Bitte senden Sie es an: Musterweg 12\n12345 Berlin. Danke!')).toEqual([]);
    expect(codes('Thanks for your feedback on the zip\nWe have posted a new bag today.')).toEqual([]);
    expect(codes('Votre colis part avec la S.N.C.F. demain matin.')).toEqual([]);
  });
});

describe('plainReply', () => {
  it('is null for a reply without tricks', () => {
    expect(plainReply('Your order ships on Monday.')).toBeNull();
  });

  it('undoes entities, full width, emoji, invisibles, spaced letters and a broken line, keeping offsets', () => {
    const reply = 'a ｇｏｏｄ&nbsp;r-e-v-i-e-w ⭐ for\nyou';
    const plain = plainReply(reply);
    expect(plain?.text).toBe('a good review for you');
    const start = plain?.text.indexOf('review') ?? -1;
    expect(plain?.original(start, start + 'review'.length)).toEqual({ start: reply.indexOf('r-e'), end: reply.indexOf(' ⭐') });
  });
});
