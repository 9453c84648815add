import { afterEach, describe, expect, it } from 'vitest';
import { namesAnAuthor } from './structural-member-heading';
import { findSubject } from './structural-subject';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const bubbles =
  '<div class="feed"><div id="first" class="bubble in"><span class="bubble-author">kestrel_finds</span><p>Is the lamp still wired for UK plugs?</p></div>' +
  '<div class="bubble out"><span class="bubble-author">lampworks.uk</span><p>Yes, rewired last month.</p></div></div>';
const load = (body: string) => {
  page = htmlPage(
    `<!doctype html><html><head><title>Inbox | Market</title></head><body>${body}</body></html>`,
    'https://market.example/m/3',
  );
  return page.document;
};

describe('a heading that opens with a sender of the conversation', () => {
  it('names the member, badges after the name or not', () => {
    const doc = load(`<main><h2 class="pane__peer">kestrel_finds <small>(87 ★) · 100 % positive</small></h2>${bubbles}</main>`);
    expect(namesAnAuthor(doc.querySelector('h2')!, doc.getElementById('first')!)).toBe(true);
  });

  it('is not a heading that only mentions a sender later, nor a topic', () => {
    const doc = load(`<main><h2>Question from kestrel_finds</h2><h3>Brass desk lamp</h3>${bubbles}</main>`);
    const [question, topic] = Array.from(doc.querySelectorAll('h2, h3'));
    expect(namesAnAuthor(question!, doc.getElementById('first')!)).toBe(false);
    expect(namesAnAuthor(topic!, doc.getElementById('first')!)).toBe(false);
  });

  it("gives way to the item card's title as the subject", () => {
    const card = '<div class="pane__listing"><a class="listing-title" href="/item/918">Brass desk lamp, 1950s</a><span>£64</span></div>';
    const doc = load(`<main><h2 class="pane__peer">kestrel_finds <small>(87 ★)</small></h2>${card}${bubbles}</main>`);
    expect(findSubject(doc, doc.getElementById('first')!).text).toBe('Brass desk lamp, 1950s');
  });
});
