import { describe, expect, it } from 'vitest';
import { classWordsOf } from './generic-class-words';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const read = (body: string) => {
  const page = htmlPage(`<!doctype html><html><head><title>Desk</title></head><body>${body}</body></html>`, 'https://desk.example/t/8');
  return readStructurally(page.document, page.url, { site: 'generic' });
};

describe("a data attribute naming the block's type, when the classes say nothing (hashed)", () => {
  it('leaves out a timeline event and reads the roles from it', () => {
    const entry = (type: string, who: string, time: string, text: string) =>
      `<div class="r8Tn" data-entry-type="${type}"><div class="k2Pq"><b>${who}</b> <span>${time}</span></div><div class="w0Hm">${text}</div></div>`;
    const thread = read(
      `<main class="z1"><h2 class="y4">Lamp shade dented</h2><div class="x9">` +
        entry('inbound', 'Tomasz Nowak', 'Dec 1, 2026 9:10 AM', 'The lamp shade came dented, could you send a new one?') +
        `<div class="r8Tn" data-entry-type="system"><i class="q1"></i><b>Replacement order created</b><span> · Dec 1, 2026 9:40 AM</span></div>` +
        entry('outbound', 'Glow Studio', 'Dec 1, 2026 10:05 AM', 'Sorry, Tomasz! A new shade ships tomorrow.') +
        entry('inbound', 'Tomasz Nowak', 'Dec 2, 2026 8:00 AM', 'Thank you, and may I keep the dented one?') +
        `</div></main>`,
    );
    expect(thread?.messages.map(({ author, role }) => `${author.name}:${role}`)).toEqual([
      'Tomasz Nowak:customer',
      'Glow Studio:agent',
      'Tomasz Nowak:customer',
    ]);
  });

  it('reads data-*type and data-*kind attributes, and no other data attribute', () => {
    const { document } = htmlPage(
      '<div id="a" data-msgtype="SELLER" data-message-kind="note" data-customer-id="77" data-team-name="x"></div>',
      'https://desk.example/',
    );
    expect([...classWordsOf(document.getElementById('a')!)].sort()).toEqual(['note', 'seller']);
  });
});

describe("a CSS module's kebab-case class with its hash", () => {
  it('gives the words before the hash, so an unsigned notice among the messages is an event', () => {
    const note = (cls: string, text: string) => `<div role="listitem" class="row ${cls}">${text} · 3 Dec 2026, 9:00 AM</div>`;
    const post = (cls: string, who: string, time: string, text: string) =>
      `<div role="listitem" class="row ${cls}"><div><b>${who}</b> <span>${time}</span></div><div>${text}</div></div>`;
    const thread = read(
      `<main><h1 class="_desk-title_4Hq">Mug handle came off</h1><div role="list" class="_desk-log_8Zx">` +
        post('_desk-post_2Kd', 'Lior Ben-Ami', '1 Dec 2026, 8:00 AM', 'The handle of the blue mug came off on the first wash.') +
        post('_desk-post_2Kd _desk-ours_9Tt', 'Clayworks', '1 Dec 2026, 11:00 AM', 'So sorry! A new mug is on its way today.') +
        note('_desk-notice_7Wm', 'A feedback request was sent to the buyer for you') +
        post('_desk-post_2Kd', 'Lior Ben-Ami', '4 Dec 2026, 6:00 PM', 'Please wait with the feedback until the new mug arrives.') +
        `</div></main>`,
    );
    expect(thread?.messages.map(({ author, role }) => `${author.name}:${role}`)).toEqual([
      'Lior Ben-Ami:customer',
      'Clayworks:agent',
      'Lior Ben-Ami:customer',
    ]);
  });

  it('keeps a snake_case word whole when no digit marks a hash', () => {
    const { document } = htmlPage('<div id="a" class="_chat-bubble_x7Rq2 message_agent"></div>', 'https://desk.example/');
    const words = classWordsOf(document.getElementById('a')!);
    expect(words.has('bubble')).toBe(true);
    expect(words.has('message')).toBe(false);
  });
});

describe("a custom element's own kind attribute", () => {
  it('gives its words, as its direction does', () => {
    const { document } = htmlPage('<feed-item id="a" kind="call" direction="outbound"></feed-item>', 'https://desk.example/');
    expect([...classWordsOf(document.getElementById('a')!)].sort()).toEqual(['call', 'outbound']);
  });
});

describe("a custom element's own attribute naming its author's type (Groove-like, 2026-12-07)", () => {
  it('gives the roles when the classes are hashed', () => {
    const item = (type: string, name: string, day: number, text: string) =>
      `<tk-entry class="x9Qa" sender-role="${type}"><b class="k1">${name}</b><time datetime="2026-12-0${day}T10:00:00Z">10:00</time><div class="k2">${text}</div></tk-entry>`;
    const thread = read(
      `<main><h1>Teapot lid chipped</h1><tk-list>${item('client', 'Aino Virtanen', 1, 'The lid of the teapot arrived chipped, can you help?')}${item('staff', 'Lucas Moreau', 2, 'Sorry Aino, a new lid is on its way today with tracking.')}${item('client', 'Aino Virtanen', 3, 'Thank you, I will keep an eye on the parcel.')}</tk-list></main>`,
    );
    expect(thread?.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
  });

  it('is read on custom elements only: a plain element keeps its own attributes to itself', () => {
    const page = htmlPage(
      '<!doctype html><body><div id="plain" sender-role="staff"></div><tk-entry id="custom" sender-role="staff"></tk-entry></body>',
      'https://desk.example/',
    );
    expect(classWordsOf(page.document.getElementById('plain')!).has('staff')).toBe(false);
    expect(classWordsOf(page.document.getElementById('custom')!).has('staff')).toBe(true);
  });
});

describe('a direction flag set to "false"', () => {
  it('says the other direction; an author flag set to "false" says nothing', () => {
    const words = (attributes: string) => [
      ...classWordsOf(htmlPage(`<div ${attributes}></div>`, 'https://desk.example/').document.querySelector('div')!),
    ];
    expect(words('data-incoming="false"')).toEqual(['outgoing']);
    expect(words('data-outgoing="false"')).toEqual(['incoming']);
    expect(words('data-from-agent="false"')).toEqual([]);
  });

  it('tells the reply from the requests when every block shares its classes (a mail thread with a CC writing too)', () => {
    const post = (incoming: boolean, who: string, time: string, text: string) =>
      `<section class="post" data-incoming="${incoming}"><header class="post-head"><b>${who}</b> <time>${time}</time></header><div class="post-text">${text}</div></section>`;
    const thread = read(
      `<main><h2>Rozbita waza</h2><div class="posts">` +
        post(true, 'Ewa Zielińska', '1.12.2026 9:10', 'Dzień dobry, waza przyszła pęknięta. Proszę o wymianę na nową.') +
        post(false, 'Marek Wójcik', '1.12.2026 11:20', 'Dzień dobry Pani Ewo, przepraszamy! Czy może Pani przesłać zdjęcie?') +
        post(true, 'Adam Zieliński', '1.12.2026 18:02', 'Dzień dobry, jestem mężem Ewy, zdjęcie w załączniku.') +
        post(true, 'Ewa Zielińska', '2.12.2026 8:15', 'Potwierdzam, proszę wysłać nową wazę na ten sam adres.') +
        `</div></main>`,
    );
    expect(thread?.messages.map(({ role }) => role)).toEqual(['customer', 'agent', 'customer', 'customer']);
  });
});
