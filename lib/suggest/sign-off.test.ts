import { describe, expect, it } from 'vitest';
import { stripEmailNoise } from '@/lib/suggest/normalize';
import { segmentClauses } from '@/lib/suggest/segment';
import { isSignOff } from '@/lib/suggest/sign-off';

describe('isSignOff', () => {
  it("reads a thank-you with a name or a thanks for the reader's help as a sign-off", () => {
    for (const line of [
      'Thanks, Priya',
      'Thanks for your help',
      'Merci de votre patience',
      "Merci d'avance",
      "Merci de m'avoir répondu",
      'Vielen Dank im Voraus',
      'Danke für Ihre Mühe',
      'Gracias por todo',
      'Muchas gracias, Lucía',
      '감사합니다',
      'よろしくお願いします',
    ])
      expect(isSignOff(line), line).toBe(true);
  });

  it('reads a closing thank-you that asks for a deed as a request, in six languages', () => {
    for (const line of [
      'Thanks in advance for refunding the deposit.',
      'Thank you so much for swapping it to the blue one',
      'Merci de me rembourser la différence.',
      "Merci d'avance de renvoyer le colis",
      'Danke, wenn Sie mir den Betrag zurücküberweisen.',
      'Vielen Dank im Voraus für die Gutschrift des Betrags',
      'Gracias por devolverme el dinero.',
      'Gracias de antemano por cambiar la talla',
      '감사합니다 환불 처리 부탁드려요',
      'よろしくお願いします 返品の手続きをお願いします',
    ])
      expect(isSignOff(line), line).toBe(false);
  });
});

describe('a closing line that asks', () => {
  it('stays in the cleaned text and in the clauses', () => {
    const mail = 'Bonjour,\nLe colis est arrivé hier mais je ne le veux plus.\nMerci de me renvoyer une étiquette retour.\nPauline';
    expect(stripEmailNoise(mail)).toContain('étiquette retour');
    expect(
      segmentClauses(mail)
        .map((c) => c.text)
        .join(' '),
    ).toContain('étiquette retour');
  });
});
