import { describe, expect, it } from 'vitest';
import { isHeaderLine } from './generic-header-line';

describe("a line of a message block's header", () => {
  it('takes recipient, "From:"/"Sent:" rows, dates, glyphs and initials', () => {
    for (const line of ['to me', 'till mig, Peter', 'Gesendet: Montag, 30. November 2026', 'Nov 18, 2026', '★', 'AR']) {
      expect(isHeaderLine(line, []), line).toBe(true);
    }
  });

  it('takes a line holding the sender with a few words beside it, not a sentence that names them', () => {
    const header = ['Ana Ruiz', '5 Dec, 18:30'];
    expect(isHeaderLine('Ana Ruiz replied by e-mail 5 Dec, 18:30', header)).toBe(true);
    expect(
      isHeaderLine('Hello, this is Ana Ruiz again: the parcel I was promised on Monday has still not arrived here at all.', header),
    ).toBe(false);
    expect(isHeaderLine('The blender arrived broken', header)).toBe(false);
  });
});
