import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const read = (body: string) => {
  const { document, url } = htmlPage(
    `<!doctype html><html lang="en"><body><main><h1 class="subject">Missing item, order 88314</h1><div class="thread">${body}</div></main></body></html>`,
    'https://desk.example/c/88314',
  );
  return readStructurally(document, url, { site: 'generic' });
};
const entry = (kind: string, sender: string, text: string) =>
  `<div class="entry entry--${kind}"><div class="entry__meta"><span class="entry__author">${sender}</span></div><div class="entry__body">${text}</div></div>`;

describe('one author, shown by name in one block and by name and address in another', () => {
  it("gives the customer's address, and the agent's role to their name-only note", () => {
    const thread = read(
      entry('chat', 'Marisol Vega', 'hi, my package came today but the linen throw isnt in it') +
        entry('chat', 'Dana Brooks &lt;dana@shop.example&gt;', 'So sorry! Could you send a photo of the packing slip?') +
        entry('email', 'Marisol Vega &lt;marisol@example.com&gt;', 'Here is the packing slip photo, please send the throw again.') +
        entry('note', 'Dana Brooks', 'Warehouse says it was never packed: reship approved.'),
    );
    expect(thread!.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer', 'agent']);
    expect(thread!.customer).toEqual({ name: 'Marisol Vega', email: 'marisol@example.com' });
  });
});

describe("a chat's bubbles marked only by their direction modifier", () => {
  const bubble = (direction: string, text: string, classes = `chat-bubble chat-bubble--${direction}`) =>
    `<div class="${classes}"><p class="chat-bubble__text">${text}</p><time datetime="2026-12-01T10:00:00Z">10:00</time></div>`;

  it('takes --out for ours and --in for the customer, and no other word ending in in/out', () => {
    const thread = read(
      bubble('in', 'Would you take 30 for the lamp if I collect it?') +
        bubble('out', 'I can do 34, it is hand-turned brass.') +
        bubble('in', 'Deal, I will collect on Saturday.'),
    );
    expect(thread!.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    // `fade-out` and `sign-in` are animation and page words, not directions: nothing tells the sides apart.
    const faded = read(
      bubble('', 'Would you take 30 for the lamp if I collect it?', 'chat-bubble fade-out') +
        bubble('', 'I can do 34, it is hand-turned brass.', 'chat-bubble sign-in') +
        bubble('', 'Deal, I will collect on Saturday.', 'chat-bubble fade-out'),
    );
    expect(faded!.messages.map((message) => message.role)).not.toContain('agent');
  });
});

describe("a messenger that calls the shop's people managers", () => {
  it("reads a manager's replies as ours, though the customer's blocks carry no customer word", () => {
    const thread = read(
      entry('bot', 'Lindwood Bot', 'Welcome to Lindwood! How can we help?') +
        entry('person', 'Nora Lind', 'Hello, can the oak shelf be delivered before Friday?') +
        entry('person', 'Nora Lind', 'It is for the 3rd floor, no lift.') +
        entry('manager', 'Kai Berg', 'Hi Nora, yes: Thursday morning, two carriers will bring it up.') +
        entry('person', 'Nora Lind', 'Perfect, thank you!'),
    );
    expect(thread!.messages.map((message) => message.role)).toEqual(['agent', 'customer', 'customer', 'agent', 'customer']);
  });
});

describe('a log whose hashed classes name nobody, the sender a link to their profile', () => {
  const item = (name: string, id: number, text: string, extra = '') =>
    `<article class="x9f2-0 kqPz"${extra}><div class="x9f2-1"><a class="x9f2-2" href="/admin/users/${id}">${name}</a><time datetime="2026-11-28T09:00:00Z">28 Nov</time></div><div class="x9f2-3"><p>${text}</p></div></article>`;

  it("gives the agent's public reply the role their internal note shows", () => {
    const thread = read(
      item('Ines Duarte', 501, 'The duvet cover arrived without its two pillowcases.') +
        item('Tomas Reed', 77, 'Sorry Ines, they shipped in a second parcel that is still on its way.') +
        item('Tomas Reed', 77, 'Carrier says parcel 2 is lost: reship approved.', ' data-internal="true"') +
        item('Ines Duarte', 501, 'Still nothing after four days, can you send them again?'),
    );
    expect(thread!.messages.map((message) => message.author.name)).toEqual(['Ines Duarte', 'Tomas Reed', 'Tomas Reed', 'Ines Duarte']);
    expect(thread!.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
  });
});

describe("a colleague who forwarded the customer's mail", () => {
  it('is not the customer: the outside author is, however often the colleague wrote', () => {
    const thread = read(
      entry(
        'inbound',
        'Jonas Berg &lt;jonas@lampwerk.example&gt;',
        'Forwarding this from the shop counter: a customer got the wrong bulb.',
      ) +
        entry('inbound', 'Jonas Berg &lt;jonas@lampwerk.example&gt;', 'He also called twice, please answer today.') +
        entry('outbound', 'Lampwerk Support &lt;help@lampwerk.example&gt;', 'Dear Mr Okafor, the right E14 bulb is on its way.') +
        entry('inbound', 'Chidi Okafor &lt;chidi.okafor@example.ng&gt;', 'Thank you, but it is still the E27 one that arrived.'),
    );
    expect(thread!.messages.map((message) => message.role)).toEqual(['customer', 'customer', 'agent', 'customer']);
    expect(thread!.customer).toEqual({ name: 'Chidi Okafor', email: 'chidi.okafor@example.ng' });
  });

  it('stays the customer when nobody outside the shop wrote', () => {
    const thread = read(
      entry('inbound', 'Jonas Berg &lt;jonas@lampwerk.example&gt;', 'Test ticket: does the new inbox rule work?') +
        entry('outbound', 'Lampwerk Support &lt;help@lampwerk.example&gt;', 'It does, this reply came through.'),
    );
    expect(thread!.customer).toEqual({ name: 'Jonas Berg', email: 'jonas@lampwerk.example' });
  });
});
