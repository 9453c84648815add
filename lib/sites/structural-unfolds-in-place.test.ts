import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';
import { unfoldsInPlace } from './structural-unfolds-in-place';

/** A webmail's conversation (German UI, list items): two older mails folded to a snippet, the newest unfolded. */
const folded = (who: string, address: string, when: string, snippet: string) =>
  `<li class="mail-card folded" role="button" tabindex="0" aria-expanded="false"><b title="${address}">${who}</b> <span>${when}</span> <span>${snippet}…</span></li>`;
const PAGE = `<html lang="de"><head><title>Posteingang – Webmail</title></head><body>
  <nav aria-label="Ordner"><a href="/inbox">Posteingang</a><a href="/sent">Gesendet</a></nav>
  <main><h1>Wasserkocher undicht</h1><ul class="thread">
    ${folded('Jonas Keller', 'jonas.keller@example.de', 'Di, 1. Dez., 08:10', 'Guten Tag, mein neuer Wasserkocher tropft seit dem ersten Gebrauch am Boden')}
    ${folded('Mia Brandt', 'service@kesselwerk.example', 'Di, 1. Dez., 11:45', 'Hallo Herr Keller, das tut uns leid. Schicken Sie uns bitte ein Foto vom Boden')}
    <li class="mail-view" aria-expanded="true"><b title="jonas.keller@example.de">Jonas Keller</b> <span>Mi, 2. Dez., 09:30</span>
      <div class="mail-body"><p>Hallo Frau Brandt,</p><p>anbei das Foto. Das Wasser kommt unten an der Naht heraus.</p><p>Gruß<br>Jonas Keller</p></div></li>
  </ul></main></body></html>`;

describe('a thread that folds its older messages to previews beside the one unfolded', () => {
  it('reads the folded messages too, not as a list of conversations', () => {
    const page = htmlPage(PAGE, 'https://webmail.example/mail/thread/88');
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map(({ author }) => author.name)).toEqual(['Jonas Keller', 'Mia Brandt', 'Jonas Keller']);
    expect(thread.messages.at(-1)!.text).toContain('anbei das Foto');
  });

  it('leaves an inbox list of selectable rows a list', () => {
    const page = htmlPage(
      `<html><body><ul role="listbox"><li role="option" aria-selected="true">Ana · Order late…</li><li role="option">Bo · Refund…</li></ul></body></html>`,
      'https://webmail.example/inbox',
    );
    expect(unfoldsInPlace(Array.from(page.document.querySelectorAll('li')))).toBe(false);
  });
});
