import { afterEach, describe, expect, it } from 'vitest';
import { namesAReadAuthor } from './structural-read-author-heading';
import { findSubject } from './structural-subject';
import { readStructurally } from './structural';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const bubble = (who: string, at: string, text: string) =>
  `<div class="a8"><div class="m2"><b>${who}</b> <time datetime="${at}">${at.slice(11, 16)}</time></div><p>${text}</p></div>`;

describe('a heading that names the author of a read message', () => {
  it('is the name, whatever badges follow it and however it is cased', () => {
    expect(namesAReadAuthor('Tomasz.Wood (87 ★) · 100 %', ['tomasz.wood', 'You'])).toBe(true);
    expect(namesAReadAuthor('Oak shelf, 80 cm', ['tomasz.wood'])).toBe(false);
    expect(namesAReadAuthor('Jo', ['Jo'])).toBe(false);
  });

  it('is a short full name written as a name whose first name signs the messages', () => {
    expect(namesAReadAuthor('Zeynep Aydın', ['Zeynep', 'KahveAtölyesi'])).toBe(true);
    expect(namesAReadAuthor('نورة العتيبي', ['نورة'])).toBe(true);
    expect(namesAReadAuthor('Zeynep asks about a refund', ['Zeynep'])).toBe(false);
    expect(namesAReadAuthor('Zeynep', ['Zeynep'])).toBe(true);
    expect(namesAReadAuthor('Ana Lima', ['An'])).toBe(false);
  });

  it('gives way to the line beside it as the subject, with no class naming anything', () => {
    // Classes hashed by a build: nothing says "user", "sender" or "subject".
    page = htmlPage(
      '<!doctype html><title>Inbox | Crafts</title><body><section><div class="q81x"><h3 class="zz1">tomasz.wood</h3><div class="k2p">Oak shelf with hidden brackets, 80 cm</div></div>' +
        '<ol class="m0"><li class="r7" id="first"><b class="r8">tomasz.wood</b><p>Can you make it 90 cm?</p></li><li class="r7"><b class="r8">Me</b><p>Yes.</p></li></ol></section></body>',
      'https://crafts.example/inbox/4',
    );
    const first = page.document.getElementById('first')!;
    expect(findSubject(page.document, first, ['tomasz.wood', 'Me']).text).toBe('Oak shelf with hidden brackets, 80 cm');
  });

  it('gives way to the line beside a full name over messages signed with the first name (hashed classes, Hungarian)', () => {
    page = htmlPage(
      `<html lang="hu"><head><title>Üzenetek</title></head><body><main><header class="q7"><h2 class="w1">Ilona Szabó</h2><span class="e4">Rendelés: repedt bögre érkezett</span></header><div class="k2">${bubble('Ilona', '2026-12-01T09:00:00Z', 'Jó napot, a bögre repedten érkezett, kérhetnék cserét?')}${bubble('Bögrebolt', '2026-12-01T11:00:00Z', 'Kedves Ilona, elnézést kérünk, holnap küldjük az újat.')}${bubble('Ilona', '2026-12-02T08:00:00Z', 'Köszönöm szépen, megérkezett és hibátlan.')}</div></main></body></html>`,
      'https://sellercentral.amazon.example/messaging/thread/12',
    );
    expect(readStructurally(page.document, page.url, { site: 'generic' })?.subject).toBe('Rendelés: repedt bögre érkezett');
  });
});
