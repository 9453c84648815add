import { describe, expect, it } from 'vitest';
import { stripReply } from '@/lib/ticket/strip-reply';

/** Our own lines: rules written in ASCII read typographic variants, and the reply keeps them as written. */
const REPLY = 'The wall clock’s hands – both of them – came loose. Can you send new ones?';

describe('stripReply: typographic dashes, apostrophes and spaces', () => {
  it('cuts an "Original Message" rule drawn with Unicode hyphens or en dashes', () => {
    for (const dash of ['\u2010', '\u2011', '\u2013', '\u2212']) {
      const rule = `${dash.repeat(6)} Original Message ${dash.repeat(6)}`;
      expect(stripReply(`${REPLY}\n\n${rule}\nYour order has shipped.`)).toBe(REPLY);
    }
  });

  it('cuts closings written with a typographic apostrophe', () => {
    const text = 'Bonjour,\n\nLa pendule s’est arrêtée au bout de deux jours.';
    expect(stripReply(`${text}\n\nMerci d’avance,\nNoé Garnier`)).toBe(text);
    expect(stripReply(`${text}\n\nDans l’attente de votre réponse,\nNoé`)).toBe(text);
  });

  it('reads an attribution with a no-break space before its colon and curly quotes round the name', () => {
    const attribution = 'Le mar. 1 déc. 2026 à 10:15, “Horloges & Co” <sav@example.test> a écrit\u202f:';
    expect(stripReply(`${REPLY}\n\n${attribution}\n\nAncien message.`)).toBe(REPLY);
  });

  it('keeps a forward below the text with its typographic characters as written', () => {
    const forward = '---------- Forwarded message ---------\nFrom: “Courier” <c@example.test>\n\nWe couldn’t deliver it.';
    expect(stripReply(`${REPLY}\n\nThanks,\nAnne‐Marie\n\n${forward}`)).toBe(`${REPLY}\n\n${forward}`);
  });
});

describe('stripReply: a name alone above a client footer', () => {
  it('cuts the name with the footer under it, in any script', () => {
    expect(stripReply(`${REPLY}\n\nMarta\n\nSent from my iPhone\n\nOn Tue, Shop <s@example.test> wrote:\n> Old`)).toBe(REPLY);
    expect(stripReply('请帮忙查一下订单。\n\n王芳\n\n发自网易邮箱大师')).toBe('请帮忙查一下订单。');
  });

  it('keeps a name alone that ends the reply with no footer under it, and a last line that is not a name', () => {
    expect(stripReply(`${REPLY}\n\nMarta\n\nOn Tue, Shop <s@example.test> wrote:\n> Old`)).toBe(`${REPLY}\n\nMarta`);
    const list = `${REPLY}\n\nI need:\n\n2 hands for model 40\n\nSent from my iPhone`;
    expect(stripReply(list)).toBe(`${REPLY}\n\nI need:\n\n2 hands for model 40`);
  });

  it('keeps a message that is only a name above the footer, and a one-word answer under a greeting', () => {
    expect(stripReply('Marta\n\nSent from my iPhone')).toBe('Marta');
    expect(stripReply('Hello,\n\nYes\n\nSent from my iPhone')).toBe('Hello,\n\nYes');
  });
});
