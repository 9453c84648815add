import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const read = (body: string) => {
  const page = htmlPage(
    `<!doctype html><html><head><title>Dented kettle | Desk</title></head><body>${body}</body></html>`,
    'https://desk.example/t/9',
  );
  return readStructurally(page.document, page.url, { site: 'generic' });
};
const summary = (thread: ReturnType<typeof read>) => thread?.messages.map(({ author, role, text }) => `${author.name}:${role}:${text}`);

describe('collapsed messages are messages (Outlook-like pop-out, Help Scout-like long thread, 2026-12-06)', () => {
  const mail = (name: string) => `${name.split(' ')[0]!.toLowerCase()}@mail.example`;

  it("reads a collapsed item's preview when its sender row holds the name, the preview and the date", () => {
    const collapsed = (name: string, preview: string) =>
      `<div role="listitem" class="row-folded"><div class="sender-line"><span class="sender-label" title="${mail(name)}">${name}</span> <span class="peek">${preview}</span> <span class="msg-date">Mon 10:02</span></div></div>`;
    const open = (name: string, text: string) =>
      `<div role="listitem" class="row-open"><div class="head"><span class="sender-label" title="${mail(name)}">${name}</span> <span class="msg-date">Tue 09:40</span></div><div class="mail-body">${text}</div></div>`;
    const thread = read(
      `<main><h2>Dented kettle</h2><div role="list">${collapsed('Oona Pihl', 'The kettle I ordered came with a dent in its side…')}${open('Copper & Co', 'So sorry!<br>A new kettle is on its way to you today.')}${open('Oona Pihl', 'Thank you, it came,<br>but the lid of the new one does not close.')}</div></main>`,
    );
    expect(thread!.messages.map(({ author, role }) => `${author.name}:${role}`)).toEqual([
      'Oona Pihl:customer',
      'Copper & Co:agent',
      'Oona Pihl:customer',
    ]);
    // The one-line row's name and date are its own, not the preview's.
    expect(thread!.messages[0]!.text).toBe('The kettle I ordered came with a dent in its side…');
    expect(thread!.messages[2]!.text).toBe('Thank you, it came,\nbut the lid of the new one does not close.');
  });

  it('reads a collapsed item drawn as one toggle button: its words beside the sender and the date', () => {
    const folded = (name: string, kind: string, preview: string) =>
      `<div class="item item--${kind} folded"><button class="item-toggle"><span class="item-author">${name}</span> <span class="item-peek">${preview}</span> <span class="item-date">Oct 3</span></button></div>`;
    const thread = read(
      `<main><h1>Oak shelf to measure</h1><div class="items">${folded('Vera Lunde', 'customer', 'Could you make the shelf 140 cm wide instead of 120?')}${folded('Bo Strand', 'staff', 'Yes, 140 cm works and costs the same.')}${folded('Vera Lunde', 'customer', 'Great, then please go ahead with walnut oil.')}</div></main>`,
    );
    expect(summary(thread)).toEqual([
      'Vera Lunde:customer:Could you make the shelf 140 cm wide instead of 120?',
      'Bo Strand:agent:Yes, 140 cm works and costs the same.',
      'Vera Lunde:customer:Great, then please go ahead with walnut oil.',
    ]);
  });
});
