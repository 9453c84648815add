import { describe, expect, it } from 'vitest';
import { closingEnd } from '@/lib/ticket/strip-closing';

const lines = (text: string) => text.split('\n');
/** What stays of a whole message: its lines up to closingEnd. */
const kept = (mail: readonly string[]) => mail.slice(0, closingEnd(mail, mail.length));

describe('closingEnd under a company signature', () => {
  it('drops a closing whose signature names a firm ending in its legal form', () => {
    const mail = lines(
      'Hello,\n\nPlease resend the invoice.\n\nBest regards\nIris Vogt\nBuyer\nVogt & Partner Trading Inc.\nHafenweg 2, 20457 Hamburg\nwww.vogt.example',
    );
    expect(kept(mail)).toEqual(lines('Hello,\n\nPlease resend the invoice.\n'));
  });

  it('reads "sp. z o.o." and "S.A." as a firm, not the end of a sentence', () => {
    const polish = lines(
      'Dzień dobry,\n\nproszę o fakturę.\n\nPozdrawiam\nOla Nowak\nBiuro Rachunkowe Nowak sp. z o.o.\nul. Krótka 3, 00-001 Warszawa',
    );
    expect(kept(polish)).toEqual(lines('Dzień dobry,\n\nproszę o fakturę.\n'));
    const spanish = lines('Hola,\n\nfalta una caja.\n\nSaludos\nLuis Mora\nTransportes Mora S.A.');
    expect(kept(spanish)).toEqual(lines('Hola,\n\nfalta una caja.\n'));
  });

  it('keeps a sentence under the name that merely ends with a period', () => {
    const mail = lines('Hi,\n\nThanks\nRoy\nThe second parcel never came to our shop.');
    expect(kept(mail)).toEqual(mail);
  });
});

describe('closingEnd: text above the closing', () => {
  it('cuts a closing with text anywhere above it, even far above blank lines', () => {
    const mail = ['Please resend the invoice.', ...new Array<string>(3000).fill(''), 'Best regards,', 'Iris Vogt'];
    expect(kept(mail)).toEqual(mail.slice(0, 3001));
  });

  it('keeps a closing with only blank lines above it: it is all the sender wrote', () => {
    const mail = ['', '  ', 'Best regards,', 'Iris Vogt'];
    expect(kept(mail)).toEqual(mail);
  });
});

describe('closingEnd: the rules read lines[0, end) in place', () => {
  // Our own endings: a closing, a sign-off above furniture, a card, a notice under a card, a slash-signed name.
  const endings = [
    'Hi,\n\nThe lid is cracked.\n\nKind regards,\nMara Lind',
    'Hi,\n\nThe lid is cracked.\n\nCheers,\nMara\n\n**Mara Lind**, Buyer\nhttps://lind.example',
    'Hi,\n\nThe lid is cracked.\n\nMara Lind\nBuyer, Lind Home\n+46 8 123 456 78\nmara@lind.example',
    'Hi,\n\nThe lid is cracked.\n\nMara Lind\nmara@lind.example\n+46 8 123 456 78\n\nThis message is confidential and intended only for the addressee named above; if you got it by mistake, delete it.',
    'Hi,\n\nThe lid is cracked.\n\n/Mara',
    'Hi,\n\nThe lid is cracked, can you send a new one?',
  ];
  // What follows `end` must not count: rules, a closing, a name (as the history a scan leaves behind).
  const below = ['', '-----', 'Best regards,', 'Sven', '', '/Sven'];

  // Where each ending's own lines stop: the closing, the sign-off, the card, the card above the notice, the slash name; nothing to cut.
  const expectedEnds = [4, 4, 4, 4, 3, 3];

  it('gives the same end with or without lines below `end`', () => {
    endings.forEach((ending, index) => {
      const head = lines(ending);
      const all = [...head, ...below];
      expect(closingEnd(head, head.length)).toBe(expectedEnds[index]);
      expect(closingEnd(all, head.length)).toBe(expectedEnds[index]);
    });
  });
});

describe('withoutClosing: closings written with a place or in more languages', () => {
  it('cuts "<greeting> from <place>" with the name under it, and pt-BR and Hebrew closings', () => {
    for (const closing of [
      'Liebe Grüße aus Bremen',
      'Gruß aus dem Harz',
      'Groeten uit Utrecht',
      'Cheers from Bristol,',
      'Valeu,',
      'Abs,',
      'בתודה,',
    ])
      expect(kept(lines(`Hello,\n\nThe lid is cracked.\n\n${closing}\nKim`))).toEqual(lines('Hello,\n\nThe lid is cracked.\n'));
  });

  it('keeps a sentence that opens like a greeting from a place, and "ABS" (a plastic) answered on its own', () => {
    const mail = lines('Hi,\n\nthe parcel arrived.\n\nGreetings from Oslo are on the card you sent, thanks!');
    expect(kept(mail)).toEqual(mail);
    const answer = lines('Olá,\n\no material da capa é:\n\nABS');
    expect(kept(answer)).toEqual(answer);
  });
});
