import { describe, expect, it } from 'vitest';
import { isByline } from './generic-byline';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const isTime = (text: string) => /^\d{1,2} \p{L}{3} \d{4}$|^\d+h$/u.test(text);

describe('isByline: the sender and the date on one line', () => {
  it('takes the block’s own name joined to a date, either way round', () => {
    expect(isByline('Tomás Ruiz — 28 Nov 2026', ['Tomás Ruiz'], isTime)).toBe(true);
    expect(isByline('28 Nov 2026 | Tomás Ruiz', ['Tomás Ruiz'], isTime)).toBe(true);
    expect(isByline('Tomás Ruiz · 4h', ['Tomás Ruiz'], isTime)).toBe(true);
  });

  it('keeps a first line that says more than the name and the date, or names someone else', () => {
    expect(isByline('Tomás Ruiz — 28 Nov 2026 is when I ordered', ['Tomás Ruiz'], isTime)).toBe(false);
    expect(isByline('Tomás Ruiz here, 28 Nov 2026', ['Tomás Ruiz'], isTime)).toBe(false);
    expect(isByline('Lena Berg — 28 Nov 2026', ['Tomás Ruiz'], isTime)).toBe(false);
    expect(isByline('Tomás Ruiz 28 Nov 2026', ['Tomás Ruiz'], isTime)).toBe(false);
  });

  it('leaves a bubble’s caption out of its text when the body holds it', () => {
    const bubble = (name: string, date: string, text: string) =>
      `<li><img alt="${name}" src="data:,"><div class="bubble-body"><div>${name} — ${date}</div><div>${text}</div></div></li>`;
    const { document, url } = htmlPage(
      `<!doctype html><html><body><header><span aria-label="Signed in as Casa Lumen">CL</span></header><main><ol>${[
        bubble('Tomás Ruiz', '28 Nov 2026', 'Hola, the ceramic lamp arrived with a chipped base. Can you send a new one?'),
        bubble('Casa Lumen', '29 Nov 2026', 'So sorry, Tomás! A new lamp leaves our workshop tomorrow morning.'),
        bubble('Tomás Ruiz', '2 Dec 2026', 'Gracias, it arrived today and it is perfect.'),
      ].join('')}</ol></main></body></html>`,
      'https://shop.example/messages/5',
    );
    const read = readStructurally(document, url, { site: 'generic' })!;
    expect(read.messages.map((message) => message.text)).toEqual([
      'Hola, the ceramic lamp arrived with a chipped base. Can you send a new one?',
      'So sorry, Tomás! A new lamp leaves our workshop tomorrow morning.',
      'Gracias, it arrived today and it is perfect.',
    ]);
  });
});
