import { describe, expect, it } from 'vitest';
import type { GenericMessage } from './generic-message';
import { readStructurally } from './structural';
import { withoutCards } from './structural-cards';
import { htmlPage } from './testing/fixture-page';

const message = (kind: string, name: string | undefined, text: string): GenericMessage => ({
  author: name ? { name } : {},
  text,
  classWords: new Set(),
  header: '',
  side: null,
  kind,
  relayed: undefined,
});

describe('withoutCards', () => {
  it('drops an authorless block of another kind among authored messages of two people', () => {
    const messages = [
      message('li.entry', 'Ola Nordmann', 'Can I pay by invoice?'),
      message('li.entry', 'Shop team', 'Yes, here is an offer.'),
      message('li.offer-card', undefined, 'Offer 88-12 · 420,00 kr · Accept'),
      message('li.entry', 'Ola Nordmann', 'Accepted, thank you.'),
    ];
    expect(withoutCards(messages).map(({ text }) => text)).toEqual([
      'Can I pay by invoice?',
      'Yes, here is an offer.',
      'Accepted, thank you.',
    ]);
  });

  it('keeps one side’s unnamed chat bubbles, and authorless blocks of the messages’ own kind', () => {
    const bubbles = [
      message('div.bubble-in', undefined, 'Hello?'),
      message('div.bubble-out', 'Kim', 'Hi, how can I help?'),
      message('div.bubble-in', undefined, 'My parcel is late.'),
      message('div.bubble-out', 'Lee', 'Let me check.'),
      message('div.bubble-out', 'Lee', 'It arrives tomorrow.'),
    ];
    expect(withoutCards(bubbles)).toEqual(bubbles);
    const sameKind = [message('div.msg', 'A. Buyer', 'One'), message('div.msg', undefined, 'Two'), message('div.msg', 'Seller', 'Three')];
    expect(withoutCards(sameKind)).toEqual(sameKind);
  });

  it('reads a thread with a return card between messages as the messages only', () => {
    const entry = (who: string, when: string, text: string) =>
      `<div class="timeline-entry"><b class="entry-author">${who}</b> <span class="entry-time">${when}</span><div class="entry-text">${text}</div></div>`;
    const page = htmlPage(
      `<body><main><h1>Broken lamp</h1><div class="timeline">
        ${entry('Jonas Berg', '01.12.2026 09:10', 'The lamp arrived with a cracked shade. Can I return it?')}
        ${entry('Lampenhaus Support', '01.12.2026 11:45', 'Sorry about that! We opened a return for you, the label follows.')}
        <div class="return-panel"><div>Return R-55012 · 1 item · label ready</div><a href="/returns/55012">Open return</a><span class="entry-time">01.12.2026 11:46</span></div>
        ${entry('Jonas Berg', '02.12.2026 08:05', 'Got the label, I will drop it off today.')}
      </div></main></body>`,
      'https://help.example.com/tickets/88',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map(({ role, text }) => [role, text.slice(0, 12)])).toEqual([
      ['customer', 'The lamp arr'],
      ['agent', 'Sorry about '],
      ['customer', 'Got the labe'],
    ]);
  });
});
