import { afterEach, describe, expect, it } from 'vitest';
import { isWrittenDate } from './structural-written-date';
import { readStructurally } from './structural';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const element = (html: string, lang = 'de') => {
  page = htmlPage(`<!doctype html><html lang="${lang}"><body>${html}</body></html>`, 'https://shop.example/nachrichten/3');
  return page.document.body.firstElementChild!;
};

describe('a date written out with its year', () => {
  it('is a short date with its year, not a sentence, a bare time nor a year alone', () => {
    expect(isWrittenDate(element('<span>3. Dez. 2026</span>'))).toBe(true);
    expect(isWrittenDate(element('<span>Nov 29, 2026</span>', 'en'))).toBe(true);
    expect(isWrittenDate(element('<span>Bestellt im Dezember 2026 für meine Tante</span>'))).toBe(false);
    expect(isWrittenDate(element('<span>14:05</span>'))).toBe(false);
    expect(isWrittenDate(element('<span>2026</span>'))).toBe(false);
  });

  it('beside a name opening each message, gives a hashed thread its authors and roles (German)', () => {
    const row = (name: string, date: string, text: string) =>
      `<li class="q1"><div class="w8"><div class="k4"><a class="p0" href="/profil/${name.length}">${name}</a> <span class="z2">${date}</span></div><div class="t6"><p>${text}</p></div></div></li>`;
    page = htmlPage(
      `<!doctype html><html lang="de"><head><title>Nachricht von Jonas Berger</title></head><body><header><button aria-label="Ihr Konto: Holzwerk Kraus">Konto</button></header><main><h2 class="h9">Jonas Berger</h2><ul class="m3">${[
        row(
          'Jonas Berger',
          '1. Dez. 2026',
          'Guten Tag, ist das Schneidebrett aus Nussbaum auch in 40 cm Länge lieferbar? Es soll ein Geschenk werden.',
        ),
        row('Sie', '2. Dez. 2026', 'Hallo Jonas, ja, in 40 cm haben wir es noch zweimal auf Lager. Versand innerhalb von zwei Tagen.'),
        row(
          'Jonas Berger',
          '3. Dez. 2026',
          'Super, ich habe es eben bestellt. Können Sie bitte eine Karte mit „Alles Gute, Mama“ beilegen?',
        ),
      ].join('')}</ul></main></body></html>`,
      'https://shop.example/nachrichten/3',
    );
    const read = readStructurally(page.document, page.url, { site: 'generic' });
    expect(read?.messages.map((message) => message.author.name)).toEqual(['Jonas Berger', 'Sie', 'Jonas Berger']);
    expect(read?.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
  });
});
