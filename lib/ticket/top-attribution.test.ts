import { describe, expect, it } from 'vitest';
import { topAttributionQuote } from '@/lib/ticket/top-attribution';

describe('topAttributionQuote', () => {
  it("finds a relay's attribution with a date and a time right above a '>' quote", () => {
    const lines = [
      'Mensaje de la vendedora Ropa_Lola el 03/12/2026 a las 10:15:',
      '',
      '> Hola, ya lo envié.',
      '',
      'Hola,',
      'no ha llegado.',
    ];
    expect(topAttributionQuote(lines, 0)).toBe(2);
  });

  it("leaves the sender's lead-in (no time, or no date) and a dated line with no quote under it", () => {
    expect(topAttributionQuote(['Your confirmation of 3.12.2026 says:', '> Delivery in 2 days.'], 0)).toBe(-1);
    expect(topAttributionQuote(['At 10:15 your courier told me:', '> We will come back.'], 0)).toBe(-1);
    expect(topAttributionQuote(['Lieferung am 03.12.2026 um 10:15:', 'Nichts kam an.'], 0)).toBe(-1);
  });
});

describe('topAttributionQuote with a written date', () => {
  it('reads an attribution with the month written out, not the line above one', () => {
    expect(topAttributionQuote(['Hi,', 'On Tue, Dec 1, 2026 at 10:15 AM, Lamp Co wrote:', '> Shipped.'], 0)).toBe(-1);
    expect(topAttributionQuote(['Message from seller Lamp_Co on December 3, 2026 at 10:15:', '> Shipped.', 'Hi,'], 0)).toBe(1);
    expect(topAttributionQuote(['Your order of December 3, 2026 says:', '> Shipped.'], 0)).toBe(-1);
  });
});
