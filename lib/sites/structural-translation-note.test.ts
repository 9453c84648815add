import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { withoutTranslationNote } from './structural-translation-note';
import { htmlPage } from './testing/fixture-page';

describe('withoutTranslationNote', () => {
  it("leaves out a helpdesk's note above a machine-translated message, in several languages", () => {
    expect(withoutTranslationNote('Translated from Portuguese\nHello, my parcel never came.')).toBe('Hello, my parcel never came.');
    expect(withoutTranslationNote('Traduit automatiquement du néerlandais\nBonjour, le colis est vide.')).toBe(
      'Bonjour, le colis est vide.',
    );
    expect(withoutTranslationNote('スペイン語から翻訳\nこんにちは')).toBe('こんにちは');
  });

  it("keeps the customer's own words: a long first line, the words further in, a one-line message", () => {
    const long = 'I bought the book translated from Portuguese last week and two pages are missing in the middle\nCan you help?';
    expect(withoutTranslationNote(long)).toBe(long);
    expect(withoutTranslationNote('Hello\nIs the manual translated from German?')).toBe('Hello\nIs the manual translated from German?');
    expect(withoutTranslationNote('Translated from Portuguese')).toBe('Translated from Portuguese');
  });
});

describe('readStructurally on a thread shown translated, the original folded', () => {
  it("reads the translation without the note or the closed original, and the note's words make no message automated", () => {
    const item = (dir: string, who: string, when: string, body: string) =>
      `<div class="card card--${dir}"><div class="card__head"><span class="card__who">${who}</span><span class="card__when">${when}</span></div><div class="card__text">${body}</div></div>`;
    const translated = (text: string, original: string) =>
      `<div class="note">Automatically translated from Italian</div><div>${text}</div><details><summary>See original</summary><div lang="it">${original}</div></details>`;
    const { document, url } = htmlPage(
      `<!doctype html><html lang="en"><body><main><h2>Delivery question</h2><div class="feed">${item('in', 'Giulia', '02/10/2026 18:20', translated('Good evening, will the lamp arrive before Friday?', 'Buonasera, la lampada arriva prima di venerdì?'))}${item('out', 'You', '03/10/2026 08:02', 'Hello Giulia, it ships today and takes two days.')}${item('in', 'Giulia', '06/10/2026 19:45', translated('The lamp came but the shade is dented. Can you send a new shade?', 'La lampada è arrivata ma il paralume è ammaccato.'))}</div></main></body></html>`,
      'https://market.example/thread/4',
    );
    const thread = readStructurally(document, url, { site: 'generic' });
    expect(thread!.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread!.messages.at(-1)!.text).toBe('The lamp came but the shade is dented. Can you send a new shade?');
    expect(thread!.customer.name).toBe('Giulia');
  });
});
