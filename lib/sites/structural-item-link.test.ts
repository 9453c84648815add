import { afterEach, describe, expect, it } from 'vitest';
import { itemLinkAbove } from './structural-item-link';
import { readStructurally } from './structural';
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

describe('a listing card\'s labelled member link ("Käufer: <member>")', () => {
  it('is not the listing title the thread is about', () => {
    const bubble = (side: string, who: string, time: string, text: string) =>
      `<div class="chat-msg chat-msg--${side}"><div class="chat-msg__who">${who}</div><p>${text}</p><time>${time}</time></div>`;
    page = htmlPage(
      `<html lang="de"><head><title>Nachrichten | Markt</title></head><body><main><section class="talk">
      <div class="listing-card"><div><a href="/angebot/55123">Kaffeemühle aus Messing, handgekurbelt</a></div><div>Käufer: <a href="/mitglieder/jonas_k">jonas_k</a></div></div>
      <div class="talk__log">
        ${bubble('them', 'jonas_k', '1. Dez., 09:10', 'Hallo, die Kurbel klemmt leider schon nach zwei Tagen. Was kann ich tun?')}
        ${bubble('me', 'Ich', '1. Dez., 12:00', 'Das tut mir leid! Ich schicke Ihnen gern eine neue Kurbel zu.')}
        ${bubble('them', 'jonas_k', '2. Dez., 08:30', 'Danke, das wäre prima. Die Adresse ist dieselbe wie bei der Bestellung.')}
      </div></section></main></body></html>`,
      'https://markt.example/nachrichten/7781',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.subject).toBe('Kaffeemühle aus Messing, handgekurbelt');
  });
});
