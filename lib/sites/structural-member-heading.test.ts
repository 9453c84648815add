import { afterEach, describe, expect, it } from 'vitest';
import { customerFromHeading } from './structural-heading-name';
import { namesAnAuthor, partnerIn } from './structural-member-heading';
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

describe('the line beside a heading that names the member (Etsy-like pane, 2026-12-06)', () => {
  it("is the subject, not the heading with the sender's name", () => {
    const doc = load(
      `<main><div class="pane-top"><h1>kestrel_finds</h1><span class="pane-sub">Brass desk lamp – rewire for UK plugs</span></div>${bubbles}</main>`,
    );
    expect(findSubject(doc, doc.getElementById('first')!).text).toBe('Brass desk lamp – rewire for UK plugs');
  });

  it('is no handle, badge, list of facts or time beside the name: the heading stays', () => {
    for (const beside of ['@kestrel.finds', '(87 ★) 100 % positive', 'Leeds, UK · Online 2 hours ago', 'Nov 3, 2026']) {
      const doc = load(`<main><div class="pane-top"><h1>kestrel_finds</h1><span>${beside}</span></div>${bubbles}</main>`);
      expect(findSubject(doc, doc.getElementById('first')!).text).toBe('kestrel_finds');
    }
  });
});

describe('a heading that says who the conversation is with', () => {
  it('names the member in the words of each language, before or after the name, without the badges', () => {
    expect(partnerIn('Conversation with kestrel_finds (87 ★)')).toBe('kestrel_finds');
    expect(partnerIn('Gesprek met  Sanne de Vries · 100 % positief')).toBe('Sanne de Vries');
    expect(partnerIn('Переписка с olga.k')).toBe('olga.k');
    expect(partnerIn('dalbit_shop님과의 대화')).toBe('dalbit_shop');
    expect(partnerIn('hana_m ile konuşma')).toBe('hana_m');
  });

  it('is no other heading: a topic, a question from someone, the words alone', () => {
    expect(partnerIn('Brass desk lamp, 1950s')).toBeNull();
    expect(partnerIn('Question from kestrel_finds')).toBeNull();
    expect(partnerIn('Conversation with')).toBeNull();
  });

  it("gives way to the item card's title as the subject when no bubble shows its sender", () => {
    const card = '<div class="pane__listing"><a class="listing-title" href="/item/918">Brass desk lamp, 1950s</a></div>';
    const unsigned =
      '<div class="feed"><div id="first" class="bubble in"><p>Is the lamp still wired for UK plugs?</p></div>' +
      '<div class="bubble out"><p>Yes, rewired last month.</p></div></div>';
    const doc = load(`<main><h2>Chat mit <b>kestrel_finds</b> (87 ★)</h2>${card}${unsigned}</main>`);
    expect(findSubject(doc, doc.getElementById('first')!).text).toBe('Brass desk lamp, 1950s');
  });
});

describe('a heading that is a user id with its feedback score (Seller Hub-like, 2026-12-06)', () => {
  const unsigned =
    '<ul class="feed"><li id="first" class="bubble in"><p>Does the teapot fit four cups?</p></li>' +
    '<li class="bubble out"><p>Yes, just under a litre.</p></li></ul>';
  // A product box whose title link leads nowhere yet (`#`, the page's script opens it).
  const item =
    '<div class="chat-product"><img alt="" src="data:,"><a class="chat-product__title" href="#">Cast iron teapot, 0.9 l</a></div>';

  it('names the member, not the subject: without its score, in no markup of its own', () => {
    expect(partnerIn('tea.for.two_77 (1,204)')).toBe('tea.for.two_77');
    expect(partnerIn('tea.for.two_77 (58 ★)')).toBe('tea.for.two_77');
    // A label with a count, a subject with a number in brackets: no user id.
    expect(partnerIn('Inbox (3)')).toBeNull();
    expect(partnerIn('Teapot (2 pieces)')).toBeNull();
    const doc = load(`<main><h2><span>tea.for.two_77</span> <span>(1,204)</span></h2>${item}${unsigned}</main>`);
    expect(customerFromHeading(doc.querySelector('ul'), [{ author: {} }, { author: {} }])).toEqual({ name: 'tea.for.two_77' });
  });

  it('gives way to the title of the item the thread is about, whatever its link leads to', () => {
    const doc = load(`<main><h2><span>tea.for.two_77</span> <span>(1,204)</span></h2>${item}${unsigned}</main>`);
    expect(findSubject(doc, doc.getElementById('first')!).text).toBe('Cast iron teapot, 0.9 l');
  });
});
