import { afterEach, describe, expect, it } from 'vitest';
import { addressedInReplyBox } from './structural-addressed-heading';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const withBox = (box: string) => {
  page = htmlPage(`<!doctype html><body><h2>Header</h2><form>${box}</form></body>`, 'https://market.example/m/2');
  return page.document;
};

describe('a heading whose name the reply box is addressed to', () => {
  it("names the member, by the box's label or placeholder", () => {
    expect(addressedInReplyBox('sven_k77 (14 ★)', withBox('<textarea placeholder="Svar til sven_k77"></textarea>'))).toBe(true);
    expect(addressedInReplyBox('Ana Lopes', withBox('<div contenteditable="true" aria-label="Responder a Ana Lopes…"></div>'))).toBe(true);
  });

  it('is not a name the label only holds inside a longer word, nor a subject', () => {
    expect(addressedInReplyBox('Jan', withBox('<textarea placeholder="Antwort bis Januar"></textarea>'))).toBe(false);
    expect(addressedInReplyBox('Oak shelf, 80 cm', withBox('<textarea placeholder="Reply to sven_k77"></textarea>'))).toBe(false);
  });
});
