import { describe, expect, it } from 'vitest';
import { withShownDay } from './day-separator';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

// A chat that shows each message's clock only, and each day once on a line above its messages.
const page = (thread: string) =>
  htmlPage(
    `<!doctype html><html lang="de"><body><main><h1>Frage zur Holzlampe</h1><div role="log">${thread}</div></main></body></html>`,
    'https://chat.example/c/771',
  );
const message = (name: string, clock: string, text: string) => `<div><div><b>${name}</b> <time>${clock}</time></div><p>${text}</p></div>`;
const THREAD =
  '<h4>Montag, 30. November</h4>' +
  message('Jonas Weber', '21:40', 'Guten Abend, ist die Lampe aus Eiche noch zu haben? Und passt ein E27-Leuchtmittel?') +
  '<h4>Dienstag, 1. Dezember</h4>' +
  message('Holzwerk Lina', '14:10', 'Guten Morgen Jonas, ja, noch zwei Stück, und E27 passt. Viele Grüße, Lina') +
  '<h4>Heute</h4>' +
  message('Jonas Weber', '08:05', 'Super, dann bestelle ich eine. Können Sie sie bis Freitag liefern?');

describe('a bare clock read with its day separator', () => {
  it("keeps a thread of clocks under day lines oldest first: a later day's earlier clock is no step back", () => {
    const { document, url } = page(THREAD);
    const thread = readStructurally(document, url, { site: 'generic' });
    expect(thread?.messages.map((item) => item.text.slice(0, 12))).toEqual(['Guten Abend,', 'Guten Morgen', 'Super, dann ']);
    expect(thread?.messages.map((item) => item.role)).toEqual(['customer', 'agent', 'customer']);
  });

  it('puts the day before a clock only, and only from a plain short line above', () => {
    const { document } = page(
      `<div>Dienstag, 1. Dezember</div><div id="a"></div><div>Ein langer Satz, der am 1. Dezember geschrieben wurde</div><div id="b"></div>`,
    );
    expect(withShownDay(document.querySelector('#a')!, '09:15')).toBe('Dienstag, 1. Dezember 09:15');
    expect(withShownDay(document.querySelector('#a')!, '1 Dec, 09:15')).toBe('1 Dec, 09:15');
    expect(withShownDay(document.querySelector('#b')!, '09:15')).toBe('Dienstag, 1. Dezember 09:15');
    const { document: bare } = page('<div><b>x</b>1. Dezember</div><div id="c"></div>');
    expect(withShownDay(bare.querySelector('#c')!, '09:15')).toBe('09:15');
  });
});
