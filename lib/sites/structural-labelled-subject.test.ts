import { afterEach, describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

/** A marketplace thread of a build with hashed class names: the heading names the buyer, not the subject. */
const message = (who: string, at: string, lines: string) =>
  `<div class="k3f9a"><div class="p0q2"><span class="z81">${who}</span> · <time datetime="${at}">${at.slice(0, 10)}</time></div>${lines}</div>`;
const read = (aboveThread: string, firstLines: string) => {
  page = htmlPage(
    `<html lang="pl"><head><title>Wiadomości od kupujących</title></head><body><main><div class="h7x"><h2 class="q1w">Agnieszka Wójcik</h2></div>${aboveThread}<div class="r9t" role="list">${message('Agnieszka Wójcik', '2026-12-01T09:00:00Z', firstLines)}${message('Sklep Lniany', '2026-12-01T12:00:00Z', '<div class="b2">Dzień dobry, wyślemy nowy obrus jeszcze dziś, przepraszamy za kłopot.</div>')}${message('Agnieszka Wójcik', '2026-12-02T08:00:00Z', '<div class="b2">Dziękuję, obrus dotarł i jest w porządku, pozdrawiam.</div>')}</div></main></body></html>`,
    'https://sellercentral.amazon.pl/messaging/thread/77',
  );
  return readStructurally(page.document, page.url, { site: 'generic' });
};
const BODY = '<div class="b2">Dzień dobry, obrus przyszedł z dziurą na środku. Proszę o wymianę na nowy.</div>';

describe('a subject written after a subject label', () => {
  it("is read from the first message's opening line, without its label", () => {
    expect(read('', `<div class="s5">Temat: Obrus z dziurą – zamówienie 402-1188</div>${BODY}`)?.subject).toBe(
      'Obrus z dziurą – zamówienie 402-1188',
    );
  });

  it('is read from a line just above the conversation', () => {
    expect(read('<div class="u4">Onderwerp: <span>Tafelkleed beschadigd</span></div>', BODY)?.subject).toBe('Tafelkleed beschadigd');
  });

  it("is not a forwarded mail's subject further down the first message", () => {
    const forwarded = `${BODY}<div class="b2">Poniżej wiadomość od kuriera, którą dostałam wczoraj wieczorem, z informacją o uszkodzeniu paczki w sortowni.</div><div class="f1">Temat: Paczka uszkodzona w transporcie</div>`;
    expect(read('', forwarded)?.subject).not.toBe('Paczka uszkodzona w transporcie');
  });
});
