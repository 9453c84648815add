import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { tooltipTime } from './structural-tooltip-time';
import { htmlPage } from './testing/fixture-page';

const local = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();
const inPage = (lang: string | null, html: string) =>
  htmlPage(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><body>${html}</body></html>`, 'https://desk.example/t/8');

describe("a tooltip's numeric date, read the page's way", () => {
  it('reads the day first on a page in a day-first language, and as before on a page that names none', () => {
    const stamp = '<section id="b"><em>Giulia</em> <abbr title="ven 04/12/2026 10:18">ieri</abbr><p>Ciao</p></section>';
    expect(tooltipTime(inPage('it', stamp).document.getElementById('b')!)).toBe(local(2026, 11, 4, 10, 18));
    expect(tooltipTime(inPage('en-US', stamp).document.getElementById('b')!)).toBe(local(2026, 3, 12, 10, 18));
    expect(tooltipTime(inPage(null, stamp).document.getElementById('b')!)).toBe(local(2026, 3, 12, 10, 18));
  });

  it('orders a newest-first thread whose newest message alone keeps its date in a tooltip', () => {
    const note = (who: string, when: string, text: string, tooltip: boolean) =>
      `<li class="note"><p class="who"><strong>${who}</strong></p><p class="when"${tooltip ? ` title="${when}"` : ''}>${when}</p><p class="body">${text}</p></li>`;
    const page = inPage(
      'it',
      `<main><h2>Ordine 7731 – colore sbagliato</h2><ol class="notes">${[
        note('Giulia Conti', 'sab 05/12/2026 21:37', 'Grazie, ma anche il secondo cuscino è arrivato verde e non blu.', true),
        note('Marco Negozio', 'gio 03/12/2026 10:05', 'Ci scusi, le abbiamo spedito oggi il cuscino blu con BRT.', false),
        note('Giulia Conti', 'mar 01/12/2026 19:44', 'Buongiorno, ho ordinato un cuscino blu e ne ho ricevuto uno verde.', false),
      ].join('')}</ol></main>`,
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' });
    expect(thread?.messages.map((message) => [message.author.name, message.role])).toEqual([
      ['Giulia Conti', 'customer'],
      ['Marco Negozio', 'agent'],
      ['Giulia Conti', 'customer'],
    ]);
    expect(thread?.messages.at(-1)?.text).toContain('anche il secondo cuscino');
  });
});
