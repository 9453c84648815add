import { afterEach, describe, expect, it } from 'vitest';
import { withMediaText } from './structural-media-message';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const block = (html: string) => {
  page = htmlPage(`<!doctype html><body><div id="b">${html}</div></body>`, 'https://chat.example/t/2');
  return page.document.getElementById('b')!;
};

describe('a thumbnail linking to the full picture', () => {
  it("gives a photo-only message the picture's file name", () => {
    const photo = block(
      '<a href="https://cdn.example/u/88/lid-d%C3%A9fait.png?w=1200"><img alt="Photo" src="https://cdn.example/u/88/t.png"></a>',
    );
    expect(withMediaText(photo, '')).toBe('lid-défait.png');
  });

  it('is no link to a page, and no thumbnail of a message with words', () => {
    expect(withMediaText(block('<a href="/orders/55"><img alt="Order"></a>'), '')).toBe('');
    expect(withMediaText(block('<a href="/u/lid.png"><img alt="Photo"></a><p>See the lid</p>'), 'See the lid')).toBe('See the lid');
  });
});
