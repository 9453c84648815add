import { describe, expect, it } from 'vitest';
import { findCalls } from '@/lib/suggest/policy-lint-call';

const called = (text: string) => findCalls(text).length > 0;

// Session 16 (lint14): a negation carried along a list reaches a call that continues the same negated verb.
describe('a call as one more item of a negated list', () => {
  it.each([
    'We will not ask you to send it back, to take photos, or to call us.',
    'You won’t need to return it, to print a label, nor to ring us.',
    'Wir bitten Sie nicht, den Artikel zurückzuschicken, Fotos zu machen oder uns anzurufen.',
    'Nous ne vous demanderons pas de renvoyer l’article, de prendre des photos, ou de nous appeler.',
    'No tiene que devolver el artículo, enviar fotos, o llamarnos.',
    '저희에게 전화하시거나, 사진을 보내실 필요는 없습니다.',
    '当店へお電話いただいたり、写真を送っていただいたりする必要はございません。',
  ])('is negated: %s', (text) => {
    expect(called(text)).toBe(false);
  });

  it.each([
    'Sie müssen den Artikel nicht zurückschicken, rufen Sie uns einfach an.',
    'Nous ne vous demanderons pas de renvoyer l’article, appelez-nous.',
    'No tiene que devolver el artículo, llámenos y lo vemos.',
    'We will not ask you to send it back, but to call us.',
    'We will not ask you to send it back. To sort it out, call us.',
    'We won’t push you to return it, and to get it fixed please call us.',
    'Don’t hesitate to send it back, to take photos, or to call us.',
    '사진은 필요 없고, 저희에게 전화해 주세요.',
    '写真は不要ですので、当店までお電話ください。',
  ])('still calls after an imperative, a turn, a new sentence or an encouragement: %s', (text) => {
    expect(called(text)).toBe(true);
  });
});
