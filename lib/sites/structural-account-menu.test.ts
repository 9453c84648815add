import { afterEach, describe, expect, it } from 'vitest';
import { readStructurally } from '@/lib/sites/structural';
import { findPageIdentity } from '@/lib/sites/structural-identity';
import { type FixturePage, htmlPage } from '@/lib/sites/testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const entry = (who: string, iso: string, text: string, did = '') =>
  `<div class="entry"><div class="entry-head"><span class="entry-author">${who}</span> ${did} <span class="entry-when" title="${iso}">${iso.slice(5, 10)}</span></div><div class="entry-text">${text}</div></div>`;

/** A top bar with place menus, a conversation list of links, and the account's menu. */
const bar = `<header class="topbar"><button aria-haspopup="menu">Mailboxes</button><button aria-haspopup="menu">Reports</button>
  <button aria-haspopup="menu">Kasia Nowak</button></header>
  <nav class="conversation-list"><a href="/c/40">Marek Zielinski</a><a href="/c/41">Olga Wrona</a></nav>`;

describe('a menu of the navigation bar named for a person', () => {
  it('is the signed-in account; menus named for places and links to conversations are not', () => {
    page = htmlPage(`<html><body>${bar}<main><div class="entries"></div></main></body></html>`, 'https://desk.example/c/40');
    const identity = findPageIdentity(page.document, undefined, page.document.querySelector('.entries'));
    expect(identity.names).toEqual(['kasia nowak']);
  });

  it("makes the signed-in agent's unlabelled reply ours", () => {
    page = htmlPage(
      `<!doctype html><html lang="pl"><body>${bar}<main><h1>Zły rozmiar butów</h1><div class="entries">
        ${entry('Marek Zielinski', '2026-12-01T09:00:00Z', 'Dzień dobry, buty są za małe. Czy mogę je wymienić?')}
        ${entry('Piotr Lis', '2026-12-01T11:00:00Z', 'Rozmiar 42 jest na stanie.', 'added a note')}
        ${entry('Kasia Nowak', '2026-12-01T12:00:00Z', 'Dzień dobry, oczywiście. Etykieta zwrotna jest w załączniku.')}
        ${entry('Marek Zielinski', '2026-12-02T08:00:00Z', 'Dziękuję, wysłane dziś.')}
      </div></main></body></html>`,
      'https://desk.example/c/40',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    // A colleague's labelled note is ours either way; the reply of the account's owner has no label but the menu.
    expect(thread.messages.map(({ role }) => role)).toEqual(['customer', 'agent', 'agent', 'customer']);
  });
});
