import { afterEach, describe, expect, it } from 'vitest';
import { createRedactor } from './redact-snapshot';
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

  it("keeps the picture's file type in a redacted snapshot, so the snapshot still reads the photo as a message", () => {
    const photo = block('<a href="https://cdn.example/u/88/lid-chipped.jpeg"><img alt="Photo"></a>');
    const redacted = htmlPage(createRedactor(new Uint32Array([3, 5, 7, 9])).snapshot(photo.ownerDocument), 'https://chat.example/t/2');
    const text = withMediaText(redacted.document.getElementById('b')!, '');
    expect(text).toMatch(/^[a-z]{3}-[a-z]{7}\.jpeg$/);
    expect(text).not.toContain('chipped');
    void redacted.window.happyDOM.close();
  });
});
