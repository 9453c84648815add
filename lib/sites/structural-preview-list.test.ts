import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { isPreviewList } from './structural-preview-list';
import { htmlPage } from './testing/fixture-page';

const members = (html: string) => {
  const { document } = htmlPage(`<!doctype html><body><div id="list">${html}</div></body>`, 'https://desk.example/');
  return Array.from(document.getElementById('list')!.children);
};
const row = (name: string, snippet: string, date: string, extra = '') =>
  `<div class="item"${extra}><b>${name}</b><span>${snippet}</span><time>${date}</time></div>`;

describe('isPreviewList', () => {
  it('takes one-line items with a selected one for a list of conversations', () => {
    const items = members(
      row('Mia Hoffmann', 'Kann ich die Adresse ändern', '10:02', ' aria-selected="true"') +
        row('Lucas Petit', 'Livrez-vous en France ?', 'Gestern') +
        row('Etsy', 'Deine Auszahlung ist unterwegs', '1. Dez.'),
    );
    expect(isPreviewList(items)).toBe(true);
  });

  it('takes one-line items with cut-short snippets, items of a listbox, or items each linking elsewhere', () => {
    expect(isPreviewList(members(row('Ana', 'Hola, el pedido no llegó y…', '09:12') + row('Ben', 'Thanks!', '08:00')))).toBe(true);
    const listbox = members(row('Ana', 'Hola', '09:12') + row('Ben', 'Thanks', '08:00'));
    listbox[0]!.parentElement!.setAttribute('role', 'listbox');
    expect(isPreviewList(listbox)).toBe(true);
    const linked = members(
      ['#2331', '#2317', '#2324']
        .map((id) => `<div class="t"><a href="/tickets/${id.slice(1)}">Order ${id}</a> · Sofia · 2 hours ago</div>`)
        .join(''),
    );
    expect(isPreviewList(linked)).toBe(true);
  });

  it('never takes messages: bodies with paragraphs, or a chat of one-liners with nothing selected', () => {
    const messages = members(
      `<div class="m"><b>Ana</b><p>Hola,</p><p>el pedido no llegó.</p></div><div class="m" aria-selected="true"><b>Ben</b><p>Lo siento.</p></div>`,
    );
    expect(isPreviewList(messages)).toBe(false);
    expect(isPreviewList(members(row('Ana', 'ok', '09:12') + row('Ben', 'thanks', '09:13') + row('Ana', 'bye', '09:14')))).toBe(false);
    // Authors' profile links repeat as they take turns: not links to other conversations.
    const turns = ['ana', 'ben', 'ana'].map((who) => `<div class="m"><a href="/u/${who}">${who}</a> ok</div>`).join('');
    expect(isPreviewList(members(turns))).toBe(false);
  });

  it('never takes a grid of one-liners that offers to load its earlier messages: a chat shown from its end', () => {
    const rows = members(
      `<div role="row"><span role="button" aria-label="Vorherige Nachrichten">↑</span></div>${row('Ana', 'Hola, ¿hay talla M?', '09:12')}${row('Ben', 'Sí, mañana.', '09:14')}`,
    );
    rows[0]!.parentElement!.setAttribute('role', 'grid');
    expect(isPreviewList(rows.slice(1))).toBe(false);
    rows[0]!.remove();
    expect(isPreviewList(rows.slice(1))).toBe(true);
  });
});

describe('readStructurally beside an inbox list', () => {
  it('reads the open thread, not the longer inbox list of previews beside it', () => {
    const others = ['Lucas Petit', 'Ana Ruiz', 'Ben Cole', 'Eva Lind', 'Tom Berg'].map((name) =>
      row(name, `Eine Frage zu meiner Bestellung von ${name}…`, 'Gestern'),
    );
    const inbox = `<div class="inbox">${row('Mia Hoffmann', 'Danke! Noch eine Frage zur…', 'vor 2 Std.')}${others.join('')}</div>`;
    const entry = (name: string, text: string) =>
      `<div class="entry"><span class="author">${name}</span><div class="body"><p>${text}</p></div></div>`;
    const thread = `<main><h1>Leinenservietten</h1><div>${entry('Mia Hoffmann', 'Sind die Servietten vorrätig?')}${entry('Anke', 'Ja, sie gehen morgen raus.')}</div></main>`;
    const page = htmlPage(`<!doctype html><body>${inbox}${thread}</body>`, 'https://shop.example/messages/1');
    const read = readStructurally(page.document, page.url, { site: 'generic' });
    expect(read?.messages.map((message) => message.author.name)).toEqual(['Mia Hoffmann', 'Anke']);
    expect(read?.messages.map((message) => message.role)).toEqual(['customer', 'agent']);
  });
});
