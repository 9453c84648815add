import { afterEach, describe, expect, it } from 'vitest';
import { hasSenderCue, isPageChrome, leadingText } from './generic-block-cues';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

describe('what marks a block as a message', () => {
  it('takes an address in the first words as a sender cue, not one far down the text', () => {
    const filler = 'word '.repeat(120);
    page = htmlPage(
      `<html><body><main><div id="a"><p>ana@shop.example wrote</p><p>${filler}</p></div><div id="b"><p>${filler}</p><p>ana@shop.example</p></div></main></body></html>`,
      'https://desk.example/t/1',
    );
    expect(hasSenderCue(page.document.getElementById('a')!)).toBe(true);
    expect(hasSenderCue(page.document.getElementById('b')!)).toBe(false);
    expect(leadingText(page.document.getElementById('b')!).length).toBeLessThanOrEqual(400);
  });

  it('calls navigation chrome, not a header inside the main content', () => {
    page = htmlPage(
      '<html><body><nav><div id="n">Inbox</div></nav><main><header id="h">Ticket 12</header></main></body></html>',
      'https://desk.example/t/1',
    );
    expect(isPageChrome(page.document.getElementById('n')!)).toBe(true);
    expect(isPageChrome(page.document.getElementById('h')!)).toBe(false);
  });
});
