import { describe, expect, it } from 'vitest';
import { dayAbove } from './day-separator';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

/** A German chat: a day line (no role, a plain list item), then bubbles that show only their clock. */
const bubble = (side: string, who: string, clock: string, text: string) =>
  `<li class="blase blase-${side}"><p class="kopf"><b class="name">${who}</b> <time>${clock}</time></p><p class="inhalt">${text}</p></li>`;
const CHAT = `<ol class="verlauf">
  <li class="trenner">3. Dez.</li>
  ${bubble('ein', 'Jonas Weber', '20:10', 'Guten Abend, die Lampe ist heute angekommen, aber der Schirm hat einen Riss. Was nun?')}
  <li class="trenner">4. Dez.</li>
  ${bubble('aus', 'Lichthaus', '14:00', 'Guten Tag Herr Weber, das tut uns leid. Schicken Sie uns bitte ein Foto vom Riss?')}
  <li class="trenner">Heute</li>
  ${bubble('ein', 'Jonas Weber', '09:32', 'Hier ist das Foto. Bitte schicken Sie einen neuen Schirm, keinen Gutschein.')}
</ol>`;

const page = (body: string) =>
  htmlPage(
    `<html lang="de"><head><title>Chat – Lichthaus</title></head><body><main>${body}</main></body></html>`,
    'https://chat.example/c/7',
  );

describe('dayAbove', () => {
  it('is the day line between a message and the one before it, in any markup', () => {
    const { document } = page(CHAT);
    expect([...document.querySelectorAll('.blase')].map(dayAbove)).toEqual(['3. Dez.', '4. Dez.', 'Heute']);
  });

  it('is none past the message above, wrapped or not', () => {
    const long = 'Dzień dobry, '.repeat(20);
    const { document } = page(
      `<div><p class="sep">3 Dez.</p><div><p class="a">${long}</p></div><section><p class="b">${long}</p></section></div>`,
    );
    expect(dayAbove(document.querySelector('.a')!)).toBe('3 Dez.');
    expect(dayAbove(document.querySelector('.b')!)).toBeUndefined();
  });

  it('is none for a line that is no date, or one with a clock (an event, a message)', () => {
    const { document } = page(
      '<div><p class="note">Ticket zugewiesen</p><p class="m">x</p><p class="note">5 Dez., 10:00</p><p class="m">y</p></div>',
    );
    expect([...document.querySelectorAll('.m')].map(dayAbove)).toEqual([undefined, undefined]);
  });
});

describe('a chat whose bubbles show only their clock, under day lines', () => {
  it("is read oldest first, as the day lines say, though each day's clock is earlier than the day before's", () => {
    const { document, url } = page(CHAT);
    const thread = readStructurally(document, url, { site: 'generic' })!;
    expect(thread.messages.map(({ text }) => text.slice(0, 12))).toEqual(['Guten Abend,', 'Guten Tag He', 'Hier ist das']);
  });
});
