import { afterEach, describe, expect, it } from 'vitest';
import { itemLinkAbove } from './structural-item-link';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const read = (top: string) => {
  page = htmlPage(
    `<!doctype html><body><nav><a href="/shop/listing/1">Linen apron, natural colour, one size</a></nav><div class="a1">${top}<h2 id="who">ruth.makes</h2>` +
      '<ul class="b2"><li id="first">Hello, is it lined?</li><li>No.</li></ul></div></body>',
    'https://crafts.example/c/9',
  );
  const doc = page.document;
  return itemLinkAbove(doc.getElementById('who')!, doc.getElementById('first')!);
};

describe("the listing's title link above the messages", () => {
  it('is a link that stands as a line of its own and reads as a title, before or after the heading', () => {
    expect(
      read('<div class="c3"><img alt=""><a href="/listing/5521">Hand-thrown stoneware mug, moss glaze</a><span>€28</span></div>'),
    ).toBe('Hand-thrown stoneware mug, moss glaze');
  });

  it("is no action's short label, no link inside a sentence or a banner, nor one in the page's navigation", () => {
    expect(read('<div><a href="/orders/77">View the order</a></div>')).toBe('');
    expect(read('<p>Keep payments on the site, <a href="/help/safety">read why staying here keeps you covered</a>.</p>')).toBe('');
    expect(read('<div role="note"><a href="/help">Payments outside the site are never covered</a></div>')).toBe('');
  });
});
