import { afterEach, describe, expect, it } from 'vitest';
import { TEST_NOW } from '@/tests/setup/fixed-clock';
import { humanTime } from './human-time';
import { READER_WORDS } from './reader-words-data';
import { giveReaderWords } from './reader-words';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';
import { isoTime } from './time';

/** The instant a page's local wall-clock time names (pages show local times). */
const local = (year: number, month: number, day: number, hours = 0, minutes = 0) =>
  new Date(year, month - 1, day, hours, minutes).toISOString();
const now = TEST_NOW.getTime();

describe('humanTime: dates as pages write them', () => {
  it.each([
    ['Mon 11/23/2026 9:14 AM', 'en-US', local(2026, 11, 23, 9, 14)],
    ['Mon 11/23/2026 9:14 PM', 'en-US', local(2026, 11, 23, 21, 14)],
    ['23.11.2026 09:14', 'de-DE', local(2026, 11, 23, 9, 14)],
    ['ven 04/12/2026 10:18', 'it-IT', local(2026, 12, 4, 10, 18)],
    ['04/12/2026 10:18', 'en-GB', local(2026, 12, 4, 10, 18)],
    ['04/12/2026 10:18', 'en-US', local(2026, 4, 12, 10, 18)],
    ['lun 30/11/2026 20:40', 'en-US', local(2026, 11, 30, 20, 40)],
    ['am 23.11.2026 um 12:30', 'de', local(2026, 11, 23, 12, 30)],
    ['st 3. 11. 2026 14:20', 'sk', local(2026, 11, 3, 14, 20)],
    ['9. 10. 2026', 'cs-CZ', local(2026, 10, 9)],
    ['23.11.26, 9h14', 'fr', local(2026, 11, 23, 9, 14)],
    ['2026/11/23 9:14', 'ja', local(2026, 11, 23, 9, 14)],
    ['2026년 11월 23일 오후 3:14', 'ko', local(2026, 11, 23, 15, 14)],
    ['2026年11月23日 午前9:14', 'ja', local(2026, 11, 23, 9, 14)],
    // 12-hour clocks marked in words, before or after the clock (human-time-words.json amBefore/pmBefore).
    ['11月23日 下午 3:14', 'zh-TW', local(2026, 11, 23, 15, 14)],
    ['11月23日 上午 9:14', 'zh-TW', local(2026, 11, 23, 9, 14)],
    ['2026年11月23日 上午 12:05', 'zh-CN', local(2026, 11, 23, 0, 5)],
    ['23/11/2026 8:40 μ.μ.', 'el', local(2026, 11, 23, 20, 40)],
    ['23/11/2026 8:40 π.μ.', 'el', local(2026, 11, 23, 8, 40)],
    ['23/11/2026 7:02 مساءً', 'ar', local(2026, 11, 23, 19, 2)],
    ['23/11/2026 ب.ظ. 7:02', 'fa', local(2026, 11, 23, 19, 2)],
    ['23/11/2026 7:02 م', 'ar', local(2026, 11, 23, 19, 2)],
    ['٢٣/١١/٢٠٢٦ ١٢:١٥ ص', 'ar', local(2026, 11, 23, 0, 15)],
    ['23/11/2026 9:40 ص', 'ar', local(2026, 11, 23, 9, 40)],
    ['11月20日', 'ja', local(2026, 11, 20)],
    // No year: the latest such day not after tomorrow (the fixed clock is 2026-11-24).
    ['mer 02/12', 'it', local(2025, 12, 2)],
    // A month in words, in a language the JavaScript parser does not read.
    ['7 gen 2026, 08:05', 'it', local(2026, 1, 7, 8, 5)],
    ['14. Okt. 2026 um 16:30', 'de', local(2026, 10, 14, 16, 30)],
    ['2 de febrero de 2026 11:45', 'es', local(2026, 2, 2, 11, 45)],
    ['19 juil. 2026 à 7h05', 'fr', local(2026, 7, 19, 7, 5)],
    ['ma 9 mrt 2026 13:12', 'nl', local(2026, 3, 9, 13, 12)],
    ['21 de set. de 2026 às 22:10', 'pt', local(2026, 9, 21, 22, 10)],
  ])('%s (%s)', (text, lang, want) => {
    expect(humanTime(text, { lang, now })).toBe(want);
  });

  it.each([
    ['昨日 9:14', local(2026, 11, 23, 9, 14)],
    ['Yesterday at 9:14 PM', local(2026, 11, 23, 21, 14)],
    ['gestern, 09:14', local(2026, 11, 23, 9, 14)],
    ['오늘 오전 9:14', local(2026, 11, 24, 9, 14)],
    ['hoy 18:02', local(2026, 11, 24, 18, 2)],
  ])('reads "%s" from the day it is', (text, want) => {
    expect(humanTime(text, { now })).toBe(want);
  });

  it.each([
    ['2 hours ago', 2 * 3_600_000],
    ['vor 3 Stunden', 3 * 3_600_000],
    ['il y a 5 minutes', 5 * 60_000],
    ['hace 2 días', 2 * 86_400_000],
    ['2 giorni fa', 2 * 86_400_000],
    ['1 dag geleden', 86_400_000],
    ['há 4 horas', 4 * 3_600_000],
    ['2시간 전', 2 * 3_600_000],
    ['3日前', 3 * 86_400_000],
    // A chat caption's short units (Etsy-like "12m ago", 2026-12-07).
    ['12m ago', 12 * 60_000],
    ['hace 3 d', 3 * 86_400_000],
    // Czech and Slovak write the span after "před"/"pred", in the instrumental case (blind 19's Freshdesk page reversed, 2026-12-07).
    ['pred 3 dňami', 3 * 86_400_000],
    ['pred 5 minutami', 5 * 60_000],
  ])('reads "%s" back from now', (text, back) => {
    expect(humanTime(text, { now })).toBe(new Date(now - back).toISOString());
  });

  it.each([
    '9:14',
    'ven 10:18',
    '9.14 Uhr',
    '오전 9:14',
    'Order 5521',
    '',
    'sent',
    '31/02/2026',
    '13/13/2026',
    'vor Ort',
    '2 settimane fa',
    '3 martes',
  ])(
    // "settimane" (weeks) and "martes" (Tuesday) open with a month's stem, but no year follows: not a date.
    'leaves "%s" out: no day it surely names',
    (text) => {
      expect(humanTime(text, { lang: 'de', now })).toBeUndefined();
    },
  );
});

describe('isoTime with the page language', () => {
  it("reads a numeric date the page's way, and keeps what the parser reads right", () => {
    expect(isoTime('ven 04/12/2026 10:18', 'it-IT')).toBe(local(2026, 12, 4, 10, 18));
    expect(isoTime('2026-12-03T13:41:00Z', 'it-IT')).toBe('2026-12-03T13:41:00.000Z');
    // Month names are the parser's.
    expect(isoTime('Dec 3, 2026 7:15 PM', 'pt')).toBe(local(2026, 12, 3, 19, 15));
    expect(isoTime('23.11.2026 09:14', '')).toBe(local(2026, 11, 23, 9, 14));
    // Site readers that pass no language keep the parser alone, but for a dotted date, which it reads month first.
    expect(isoTime('23.11.2026 09:14')).toBe(local(2026, 11, 23, 9, 14));
    expect(isoTime('11/23/2026 09:14')).toBe(local(2026, 11, 23, 9, 14));
    expect(isoTime('7:15 PM', 'en')).toBeUndefined();
  });
});

describe('a newest-on-top conversation with only human-written times', () => {
  it('is read oldest first, so the latest customer message is the newest one', () => {
    const item = (name: string, email: string, when: string, text: string) =>
      `<div class="item"><div class="item__head"><span class="item__from">${name} &lt;${email}&gt;</span><span class="item__date" title="${when}">${when.slice(0, 3)}</span></div><div class="item__body"><p>${text}</p></div></div>`;
    const { document, url } = htmlPage(
      `<!doctype html><html lang="de-DE"><body><main><h2>AW: Bestellung 2291</h2><div>${item('Lena Vogt', 'lena@example.de', 'Fr. 04.12.2026 10:18', 'Die Decke ist wieder in Beige gekommen, bitte erstatten Sie mir den Betrag.')}${item('Northwind', 'support@northwind.example', 'Mi. 02.12.2026 15:02', 'Entschuldigung, wir haben heute die grüne Decke verschickt.')}${item('Lena Vogt', 'lena@example.de', 'Mo. 30.11.2026 20:40', 'Ich habe eine grüne Decke bestellt, aber eine beige bekommen.')}</div></main></body></html>`,
      'https://mail.example/inbox/1',
    );
    const thread = readStructurally(document, url, { site: 'generic' });
    expect(thread!.messages.map((message) => message.sentAt)).toEqual([
      local(2026, 11, 30, 20, 40),
      local(2026, 12, 2, 15, 2),
      local(2026, 12, 4, 10, 18),
    ]);
    expect(thread!.messages.at(-1)!.text).toMatch(/^Die Decke ist wieder/);
    expect(thread!.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
  });

  it('is put in order by dates with month names in words, whatever the page calls its order', () => {
    const bubble = (side: string, name: string, when: string, text: string) =>
      `<div class="chat-line chat-line--${side}"><p class="chat-line__sender">${name}</p><small class="chat-line__date">${when}</small><div class="chat-line__text">${text}</div></div>`;
    const { document, url } = htmlPage(
      `<!doctype html><html lang="pt-PT"><body><section><h2>Conversa com rita.alves</h2><div class="chat">${bubble('in', 'rita.alves', '4 de out. de 2026, 10:12', 'Ainda não recebi o reembolso do tapete devolvido.')}${bubble('out', 'casa_tecelagem', '2 de out. de 2026, 17:40', 'Recebemos a devolução, o reembolso segue esta semana.')}${bubble('in', 'rita.alves', '29 de set. de 2026, 09:03', 'Enviei o tapete de volta hoje pelos CTT.')}</div></section></body></html>`,
      'https://market.example/messages/88',
    );
    const thread = readStructurally(document, url, { site: 'generic' });
    expect(thread!.messages.map((message) => message.sentAt)).toEqual([
      local(2026, 9, 29, 9, 3),
      local(2026, 10, 2, 17, 40),
      local(2026, 10, 4, 10, 12),
    ]);
    expect(thread!.messages.at(-1)!.text).toMatch(/^Ainda não recebi/);
  });
});

describe('humanTime: its words are the reader words it was given', () => {
  afterEach(() => giveReaderWords(READER_WORDS));

  it('reads a day and a span in words given later, and no longer the words given before', () => {
    // Each list keeps a word in a non-Latin script, as every real list does (wordOf's second half).
    const otherWords = {
      ...READER_WORDS.humanTime,
      yesterday: ['the day before', '前日'],
      ago: ['back', '前'],
      units: [
        ['ticks', '刻'],
        ['bells', '鐘'],
        ['suns', '陽'],
      ],
    };
    giveReaderWords({ ...READER_WORDS, humanTime: otherWords });
    expect(humanTime('the day before 9:14', { now })).toBe(local(2026, 11, 23, 9, 14));
    expect(humanTime('3 bells back', { now })).toBe(new Date(now - 3 * 3_600_000).toISOString());
    expect(humanTime('yesterday 9:14', { now })).toBeUndefined();
  });
});

describe('a newest-on-top Slovak conversation dated only by how long ago', () => {
  it('is read oldest first', () => {
    const item = (name: string, when: string, text: string) =>
      `<div class="zaznam"><div class="zaznam__hlava"><b class="zaznam__od">${name}</b> <time>${when}</time></div><div class="zaznam__text"><p>${text}</p></div></div>`;
    const { document, url } = htmlPage(
      `<!doctype html><html lang="sk"><body><main><h2>Topánky – veľkosť</h2><div>${
        item('Zuzana Horváthová', 'pred 2 hodinami', 'Ďakujem, veľkosť 39 prosím pošlite na adresu z objednávky.') +
        item('Obchod Krok', 'pred 3 dňami', 'Dobrý deň, radi vám ich vymeníme. Akú veľkosť potrebujete?') +
        item('Zuzana Horváthová', 'pred 4 dňami', 'Dobrý deň, topánky sú mi malé, môžem ich vymeniť?')
      }</div></main></body></html>`,
      'https://desk.example/t/51',
    );
    const thread = readStructurally(document, url, { site: 'generic' });
    expect(thread!.messages.at(-1)!.text).toMatch(/^Ďakujem, veľkosť 39/);
    expect(thread!.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
  });
});
