import { describe, expect, it } from 'vitest';
import { stripEmailNoise, tokenize } from '@/lib/suggest/normalize';

describe('stripEmailNoise', () => {
  it('drops greeting, sign-off, signature and quoted history', () => {
    const raw =
      'Hi there,\n\nThe vase arrived cracked.\nCan you help?\n\nThanks,\nAnna Lind\n\nOn Mon, 3 Nov 2026 at 10:00, Shop <s@x.test> wrote:\n> We shipped it';
    expect(stripEmailNoise(raw)).toBe('The vase arrived cracked.\nCan you help?');
  });

  it('handles German, French, Spanish and Korean greetings and sign-offs', () => {
    expect(stripEmailNoise('Hallo,\nwo ist mein Paket?\nViele Grüße\nJens')).toBe('wo ist mein Paket?');
    expect(stripEmailNoise('Bonjour,\nje veux annuler.\nCordialement,\nLuc')).toBe('je veux annuler.');
    expect(stripEmailNoise('Hola, quiero devolver esto.')).toBe('quiero devolver esto.');
    expect(stripEmailNoise('안녕하세요, 환불 언제 되나요?')).toBe('환불 언제 되나요?');
  });

  it('keeps a message that is only a thank-you, since that is its content', () => {
    expect(stripEmailNoise('Thanks!')).toBe('Thanks!');
  });

  it('keeps a long paragraph that merely starts with "thanks"', () => {
    const raw =
      'Hi,\nthe lamp is broken.\nThanks for the fast delivery anyway, but the glass shade was in pieces and the base is bent, so it cannot be used.\nMore text here.\nAnd here.\nAnd a fifth line.\nAnd a sixth.';
    expect(stripEmailNoise(raw)).toContain('the glass shade was in pieces');
  });
});

describe('tokenize', () => {
  it('folds order numbers, tracking numbers, money and emails into placeholder tokens', () => {
    expect(tokenize('Order #1047 and 112-3456789-1234567 cost $35.99, track 1Z999AA10123456784, mail me at a@b.test')).toEqual([
      'order',
      'xorder',
      'and',
      'xorder',
      'cost',
      'xmoney',
      'track',
      'xtracking',
      'mail',
      'me',
      'at',
      'xemail',
    ]);
  });

  it('lowercases and folds accents but keeps Hangul syllables whole', () => {
    expect(tokenize('Rückerstattung für Café')).toEqual(['ruckerstattung', 'fur', 'cafe']);
    expect(tokenize('환불은 언제')).toEqual(['환불은', '언제']);
  });
});
