import { describe, expect, it } from 'vitest';
import { withoutClosing } from '@/lib/ticket/strip-closing';

const lines = (text: string) => text.split('\n');

describe('withoutClosing under a company signature', () => {
  it('drops a closing whose signature names a firm ending in its legal form', () => {
    const mail = lines(
      'Hello,\n\nPlease resend the invoice.\n\nBest regards\nIris Vogt\nBuyer\nVogt & Partner Trading Inc.\nHafenweg 2, 20457 Hamburg\nwww.vogt.example',
    );
    expect(withoutClosing(mail)).toEqual(lines('Hello,\n\nPlease resend the invoice.\n'));
  });

  it('reads "sp. z o.o." and "S.A." as a firm, not the end of a sentence', () => {
    const polish = lines(
      'Dzień dobry,\n\nproszę o fakturę.\n\nPozdrawiam\nOla Nowak\nBiuro Rachunkowe Nowak sp. z o.o.\nul. Krótka 3, 00-001 Warszawa',
    );
    expect(withoutClosing(polish)).toEqual(lines('Dzień dobry,\n\nproszę o fakturę.\n'));
    const spanish = lines('Hola,\n\nfalta una caja.\n\nSaludos\nLuis Mora\nTransportes Mora S.A.');
    expect(withoutClosing(spanish)).toEqual(lines('Hola,\n\nfalta una caja.\n'));
  });

  it('keeps a sentence under the name that merely ends with a period', () => {
    const mail = lines('Hi,\n\nThanks\nRoy\nThe second parcel never came to our shop.');
    expect(withoutClosing(mail)).toEqual(mail);
  });
});

describe('withoutClosing: text above the closing', () => {
  it('cuts a closing with text anywhere above it, even far above blank lines', () => {
    const mail = ['Please resend the invoice.', ...new Array<string>(3000).fill(''), 'Best regards,', 'Iris Vogt'];
    expect(withoutClosing(mail)).toEqual(mail.slice(0, 3001));
  });

  it('keeps a closing with only blank lines above it: it is all the sender wrote', () => {
    const mail = ['', '  ', 'Best regards,', 'Iris Vogt'];
    expect(withoutClosing(mail)).toEqual(mail);
  });
});
