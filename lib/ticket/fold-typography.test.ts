import { describe, expect, it } from 'vitest';
import { foldTypography, unfoldTypography } from '@/lib/ticket/fold-typography';
import { stripReply } from '@/lib/ticket/strip-reply';

describe('foldTypography', () => {
  it('reads typographic dashes, apostrophes, quotes and spaces as their ASCII forms, one for one', () => {
    const text = '‐‐‐ Original Message ‑‑‑\nMerci d’avance\n“Shop” a écrit\u202f:\u00a0x – 10−2';
    const folded = foldTypography(text);
    expect(folded).toBe('--- Original Message ---\nMerci d\'avance\n"Shop" a écrit : x - 10-2');
    expect(folded).toHaveLength(text.length);
  });

  it("reads Japanese carrier mail's full-width '＞' quote mark as '>'", () => {
    expect(foldTypography('＞ 山田様\n＞ 発送しました')).toBe('> 山田様\n> 発送しました');
  });

  it('leaves rules of em dashes and box lines, guillemets and plain text as they are', () => {
    expect(foldTypography('——————\n« cité »')).toBe('——————\n« cité »');
    const plain = 'Hello,\nplain text only';
    expect(foldTypography(plain)).toBe(plain);
  });
});

describe('unfoldTypography', () => {
  it('gives a reply on top of the text back as the sender wrote it', () => {
    const original = 'The lamp’s shade – dented.\n\nThanks,\nRita';
    const folded = foldTypography(original);
    expect(unfoldTypography("The lamp's shade - dented.", folded, original)).toBe('The lamp’s shade – dented.');
  });

  it('gives back lines kept apart from each other, each from its own place', () => {
    const original = 'See below – it’s wrong.\n\nThanks,\nJean‐Luc\n\n------ Forwarded ------\nFrom: “Parcel Co”';
    const folded = foldTypography(original);
    const reply = 'See below - it\'s wrong.\n\n------ Forwarded ------\nFrom: "Parcel Co"';
    expect(unfoldTypography(reply, folded, original)).toBe('See below – it’s wrong.\n\n------ Forwarded ------\nFrom: “Parcel Co”');
  });

  it('gives back a line cut short at an inline attribution', () => {
    const original = 'It’s fine. On Tue, Shop wrote:\nnext';
    const folded = foldTypography(original);
    expect(unfoldTypography("It's fine.\nnext", folded, original)).toBe('It’s fine.\nnext');
  });

  it('returns a reply that is not made of pieces of the text as it is', () => {
    const original = 'It’s here';
    expect(unfoldTypography('something else', foldTypography(original), original)).toBe('something else');
  });
});

describe('foldTypography: quotes marked with bars', () => {
  it("reads '| ' quote marks, nested too, as '>'", () => {
    expect(foldTypography('Passt so.\n\nSchrieb Laden:\n| Wir haben versandt.\n| | Wo ist es?\n|')).toBe(
      'Passt so.\n\nSchrieb Laden:\n> Wir haben versandt.\n> > Wo ist es?\n>',
    );
  });

  it('leaves table rows and bars inside a line alone', () => {
    const table = '| Größe | Menge |\n|-------|-------|\n| M | 2\nGröße | M';
    expect(foldTypography(table)).toBe(table);
  });
});

describe('stripReply: a quote marked with bars', () => {
  it('cuts the quote above a bottom-posted answer, and keeps a table the sender wrote', () => {
    const mail =
      '| Vi har sendt pakken i går.\n| Venlig hilsen, Butik\n\nTak, men den er ikke kommet endnu. Kan I tjekke sporingen?\n\n| Str. | Antal |\n| L | 1 |\n';
    expect(stripReply(mail)).toBe('Tak, men den er ikke kommet endnu. Kan I tjekke sporingen?\n\n| Str. | Antal |\n| L | 1 |');
  });
});
