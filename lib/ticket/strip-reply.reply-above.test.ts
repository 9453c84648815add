import { describe, expect, it } from 'vitest';
import { stripReply } from '@/lib/ticket/strip-reply';

/** Our own lines (not blind set 21's): a helpdesk's "reply above this line" marker, framed or bare, in other languages. */
describe('stripReply: a helpdesk notification under its "reply above this line" marker', () => {
  it.each([
    ['##- Bitte geben Sie Ihre Antwort oberhalb dieser Zeile ein -##', 'Kundendienst: Hallo, wir prüfen das.'],
    ['-- Skriv ditt svar ovanför den här raden --', 'Kundtjänst: Hej, vi tittar på det.'],
    ['Digite sua resposta acima desta linha', 'Suporte: Olá, vamos verificar.'],
  ])('cuts from %j', (marker, agent) => {
    const mail = `Hello,\n\nThe lid is cracked, can you send a new one?\n\n${marker}\n\nTicket 1204 updated\n${agent}\n`;
    expect(stripReply(mail)).toBe('Hello,\n\nThe lid is cracked, can you send a new one?');
  });

  it('keeps a sentence about "above this line" that is not a marker', () => {
    const mail = 'Hello,\n\nDo I sign above this line on the return label?\n';
    expect(stripReply(mail)).toBe('Hello,\n\nDo I sign above this line on the return label?');
  });
});
