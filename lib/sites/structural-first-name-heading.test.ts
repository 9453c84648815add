import { afterEach, describe, expect, it } from 'vitest';
import { opensWithReadAuthor } from './structural-first-name-heading';
import { readStructurally } from './structural';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const bubble = (who: string, at: string, text: string) =>
  `<div class="a8"><div class="m2"><b>${who}</b> <time datetime="${at}">${at.slice(11, 16)}</time></div><p>${text}</p></div>`;

describe('a heading with the full name of a member who signs with the first name', () => {
  it('names the member: the line beside it is the subject (hashed classes, Hungarian)', () => {
    page = htmlPage(
      `<html lang="hu"><head><title>Üzenetek</title></head><body><main><header class="q7"><h2 class="w1">Ilona Szabó</h2><span class="e4">Rendelés: repedt bögre érkezett</span></header><div class="k2">${bubble('Ilona', '2026-12-01T09:00:00Z', 'Jó napot, a bögre repedten érkezett, kérhetnék cserét?')}${bubble('Bögrebolt', '2026-12-01T11:00:00Z', 'Kedves Ilona, elnézést kérünk, holnap küldjük az újat.')}${bubble('Ilona', '2026-12-02T08:00:00Z', 'Köszönöm szépen, megérkezett és hibátlan.')}</div></main></body></html>`,
      'https://sellercentral.amazon.example/messaging/thread/12',
    );
    expect(readStructurally(page.document, page.url, { site: 'generic' })?.subject).toBe('Rendelés: repedt bögre érkezett');
  });

  it('takes only a short heading written as a name', () => {
    expect(opensWithReadAuthor('Zeynep Aydın', ['Zeynep', 'KahveAtölyesi'])).toBe(true);
    expect(opensWithReadAuthor('نورة العتيبي', ['نورة'])).toBe(true);
    expect(opensWithReadAuthor('Zeynep asks about a refund', ['Zeynep'])).toBe(false);
    expect(opensWithReadAuthor('Zeynep', ['Zeynep'])).toBe(false);
    expect(opensWithReadAuthor('Ana Lima', ['An'])).toBe(false);
  });
});
