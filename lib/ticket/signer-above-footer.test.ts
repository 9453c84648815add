import { describe, expect, it } from 'vitest';
import { withoutDashedName, withoutSignerAboveFooter } from '@/lib/ticket/signer-above-footer';

describe('withoutDashedName', () => {
  it('drops "-Lev." or "/Lina" that signs the text above it', () => {
    expect(withoutDashedName(['Can you resend it?', '', '-Lev.'])).toEqual(['Can you resend it?', '']);
    expect(withoutDashedName(['Tack!', '/Lina', ''])).toEqual(['Tack!']);
  });

  it('keeps a dashed line that is the whole message, or that is not a name', () => {
    expect(withoutDashedName(['-Lev.'])).toEqual(['-Lev.']);
    expect(withoutDashedName(['Parts:', '- two screws'])).toEqual(['Parts:', '- two screws']);
  });
});

describe('withoutSignerAboveFooter', () => {
  it('drops a name alone, or a closing with the name, set off below a finished sentence', () => {
    expect(withoutSignerAboveFooter(['Could you resend it?', '', 'Marta', ''])).toEqual(['Could you resend it?', '']);
    expect(withoutSignerAboveFooter(['Het pakket is er niet.', '', 'Groetjes, Sanne'])).toEqual(['Het pakket is er niet.', '']);
  });

  it('keeps an answer under a greeting, a closing word alone, and a name not set off by a blank line', () => {
    expect(withoutSignerAboveFooter(['Hello,', '', 'Yes'])).toEqual(['Hello,', '', 'Yes']);
    expect(withoutSignerAboveFooter(['It came broken.', '', 'Thanks'])).toEqual(['It came broken.', '', 'Thanks']);
    expect(withoutSignerAboveFooter(['It came broken.', 'Marta'])).toEqual(['It came broken.', 'Marta']);
  });
});
