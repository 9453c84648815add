import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const read = (body: string) => {
  const page = htmlPage(
    `<!doctype html><html><head><title>Conversation | Desk</title></head><body>${body}</body></html>`,
    'https://desk.example/t/5',
  );
  return readStructurally(page.document, page.url, { site: 'generic' });
};
const summary = (thread: ReturnType<typeof read>) => thread?.messages.map(({ author, role }) => `${author.name ?? '?'}:${role}`);

describe('sender lines named by a class ending in -name or naming the requester (Freshdesk-like, Etsy-like, 2026-12-06)', () => {
  it('reads a log whose only sender marks are `staff-name` and a `requester-ref` link', () => {
    const item = (who: string, text: string, kind = 'log-row') =>
      `<div class="${kind}"><div class="row-top">${who} <span class="stamp">2 days ago</span></div><div class="row-text">${text}</div></div>`;
    const thread = read(
      `<main><h2>Wobbly chair leg</h2><div class="rows">${item('<a class="requester-ref" href="/people/41">Ines Vahl</a>', 'One leg of the oak chair wobbles after a week. Can you send a new screw set?', 'opening-row')}${item('<span class="staff-name">Piet Roos</span>', 'Sorry about that! A new screw set goes out today by post.')}${item('<a class="requester-ref" href="/people/41">Ines Vahl</a>', 'The screws arrived but they are too short for the leg, could you check the size?')}</div></main>`,
    );
    expect(summary(thread)).toEqual(['Ines Vahl:customer', 'Piet Roos:agent', 'Ines Vahl:customer']);
  });

  it('takes a shop bubble\'s "Sent by <member>" line as a label of ours, not as its author', () => {
    const bubble = (side: string, name: string, text: string, footer = '') =>
      `<li class="bubble bubble--${side}"><div class="bubble-top"><span class="bubble-name">${name}</span> <span class="bubble-time">9:15 AM</span></div><div class="bubble-text">${text}</div>${footer}</li>`;
    const day = (date: string) => `<li class="day-divider" role="separator"><span>${date}</span></li>`;
    const thread = read(
      `<main><h2>Engraved cutting board</h2><ol class="chat">${day('Monday, June 1')}${bubble('in', 'Rosa Ekdahl', 'Can the board be engraved with two names and a date on the back?')}${bubble('out', 'OakAndAsh', 'Yes, up to forty letters on the back at no extra cost.', '<div class="bubble-sender">Sent by Lars</div>')}${day('Tuesday, June 2')}${bubble('in', 'Rosa Ekdahl', 'Lovely, then please write Rosa and Nils, 12.06.2027 on it.')}${bubble('out', 'OakAndAsh', 'Noted, the board ships on Friday.', '<div class="bubble-sender">Sent by Mia</div>')}${bubble('in', 'Rosa Ekdahl', 'Perfect, and could it come gift-wrapped as well?')}</ol></main>`,
    );
    expect(summary(thread)).toEqual([
      'Rosa Ekdahl:customer',
      'OakAndAsh:agent',
      'Rosa Ekdahl:customer',
      'OakAndAsh:agent',
      'Rosa Ekdahl:customer',
    ]);
    expect(thread!.customer.name).toBe('Rosa Ekdahl');
  });

  it("does not take a product's or an attachment's `-name` in the message for its sender", () => {
    const entry = (who: string, day: number, text: string, extra = '') =>
      `<article class="entry"><div class="entry-head"><b>${who}</b> · <time datetime="2026-11-0${day}T10:00:00Z">Nov ${day}</time></div><div class="entry-body">${text}</div>${extra}</article>`;
    const chip = '<div class="chip"><span class="file-name">photo_of_the_crack.jpg</span> <span class="file-size">1.2 MB</span></div>';
    const thread = read(
      `<main><h2>Cracked tray</h2><section class="entries">${entry('Ines Vahl', 3, 'My <span class="product-name">Walnut serving tray</span> arrived with a crack along one side. Could you replace it?', chip)}${entry('Piet Roos', 4, 'So sorry! A new <span class="product-name">Walnut serving tray</span> goes out today.')}${entry('Ines Vahl', 5, 'Thank you, the new one is perfect.', chip.replace('photo_of_the_crack', 'new_tray'))}</section></main>`,
    );
    expect(summary(thread)).toEqual(['Ines Vahl:customer', 'Piet Roos:agent', 'Ines Vahl:customer']);
  });
});
