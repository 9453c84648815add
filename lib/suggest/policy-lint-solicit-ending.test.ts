import { describe, it } from 'vitest';
import { expectNoSolicitation, expectSolicitation } from '@/lib/testing/amazon-lint';

// Session 23 (lint21, lint held-out 20's misses): the buyer's earlier verdict asked to "catch up with the happy ending"
// or to fit the good end of the story asks for its change, like a rating said to be out of date.
describe('a past verdict asked to fit how things ended', () => {
  it.each([
    'The new blender jug is with you now. Maybe your verdict from last Tuesday could match how things turned out in the end?',
    'Der neue Mixbecher ist jetzt bei Ihnen. Vielleicht stimmt Ihr Eindruck von letzter Woche nun auch zum glücklichen Ausgang?',
    'Le nouveau bol du mixeur est arrivé. Votre avis de la semaine dernière pourrait peut-être coller à la fin de l’histoire ?',
    'La nueva jarra ya está en su casa. ¿Quizás su opinión de la semana pasada podría encajar con el final de la historia?',
    '새 블렌더 용기가 도착했네요. 지난주에 남기신 평가도 이번 결말에 맞게 다시 봐 주실 수 있을까요?',
    '新しいミキサー容器が届きましたね。先週いただいた評価も、この結末に合わせていただけると嬉しいです。',
  ])('flags %s', (text) => {
    expectSolicitation(text);
  });

  it.each([
    'Thanks for your review; we are glad the story had a happy ending and the jug fits well.',
    'Danke für Ihre Bewertung, schön, dass alles zu einem guten Ende gekommen ist.',
    'Merci pour votre avis, ravis que tout se termine bien.',
    'Gracias por su opinión; nos alegra que todo haya tenido un final feliz.',
    '후기 감사합니다. 좋은 결말이라 다행입니다.',
    'レビューありがとうございます。良い結末で何よりです。',
  ])('leaves %s alone', (text) => {
    expectNoSolicitation(text);
  });
});
