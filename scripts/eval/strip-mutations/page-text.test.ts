import { describe, expect, it } from 'vitest';
import { pageText } from './page-text';

describe('pageText', () => {
  const html =
    '<div dir="ltr">Danke,<br>es <b>geht</b> jetzt.<p>Jonas</p></div><div class="gmail_quote"><div>Am 2. Dez. 2026 um 09:15 schrieb Laden &lt;a@b.test&gt;:</div>' +
    '<blockquote style="margin:0"><p>Hallo,</p><p>Ihr   Paket ist unterwegs.</p></blockquote></div><style>.x{}</style><span style="display:none">Vorschau</span>';

  it('reads blocks, line breaks and collapsed spaces as innerText does, without quote markers or hidden text', () => {
    expect(pageText(html).text).toBe(
      'Danke,\nes geht jetzt.\n\nJonas\n\nAm 2. Dez. 2026 um 09:15 schrieb Laden <a@b.test>:\n\nHallo,\n\nIhr Paket ist unterwegs.',
    );
  });

  it('gives the text above the first blockquote and the quote itself', () => {
    const page = pageText(html);
    expect(page.aboveQuote?.split('\n').at(-1)).toBe('Am 2. Dez. 2026 um 09:15 schrieb Laden <a@b.test>:');
    expect(page.quote).toBe('Hallo,\n\nIhr Paket ist unterwegs.');
    expect(pageText('<p>Nur Text</p>').aboveQuote).toBeUndefined();
  });

  it('separates table cells with a tab and rows with a line', () => {
    expect(pageText('<table><tr><td>Von:</td><td>Laden</td></tr><tr><td>An:</td><td>Jonas</td></tr></table>').text).toBe(
      'Von:\tLaden\nAn:\tJonas',
    );
  });
});
