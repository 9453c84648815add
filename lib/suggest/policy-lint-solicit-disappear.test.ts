import { describe, expect, it } from 'vitest';
import { amazonCodes as codes } from '@/lib/testing/amazon-lint';

// Session 19 (lint17, from lint held-out 16's missed class, in other words): a negative review asked to disappear.
describe('a negative review asked to disappear', () => {
  it.each([
    'Now that the lid fits, could the one-star rating from last week come down?',
    'Would it be possible for the bad feedback you left on Monday to disappear now that it’s fixed?',
    'Now that you have your money back, any chance that negative review could go away?',
    'All sorted now, so is there any way the critical comment about our shop could vanish from the profile?',
    'Jetzt, wo alles geklärt ist: Könnte die negative Bewertung von letzter Woche vielleicht wieder verschwinden?',
    'Maintenant que tout est réglé, l’avis négatif de mardi pourrait-il disparaître de notre page vendeur ?',
    'Ahora que está resuelto, ¿podría desaparecer la valoración negativa del día 3 de nuestro perfil?',
    '문제가 해결되었으니 지난주에 남기신 부정적인 평가가 내려갈 수 있을까요?',
    '解決いたしましたので、先日の低評価が取り下げられると大変ありがたいです。',
  ])('asks: %s', (text) => {
    expect(codes(text)).toContain('review_request_biased');
  });

  it.each([
    'Thanks for the negative review, it helped us fix the lid; the stain itself should come off with a little vinegar.',
    'The error message should disappear after a reset; if it doesn’t, reply here with a photo.',
    'Die Fehlermeldung sollte nach einem Neustart verschwinden.',
    'La marque disparaît normalement au premier lavage.',
    '재부팅하시면 오류 메시지가 사라질 것입니다.',
    '再起動するとエラー表示が消えます。',
  ])('asks nothing: %s', (text) => {
    expect(codes(text)).toEqual([]);
  });
});
