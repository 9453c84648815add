import { afterEach, describe, expect, it } from 'vitest';
import { readStructurally } from '@/lib/sites/structural';
import { findPageIdentity, isSelf } from '@/lib/sites/structural-identity';
import { type FixturePage, htmlPage } from '@/lib/sites/testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const post = (who: string, iso: string, text: string) =>
  `<div class="post"><div class="post-meta"><b class="author">${who}</b> <time datetime="${iso}">${iso.slice(5, 10)}</time></div><div class="post-text">${text}</div></div>`;

describe('an avatar of initials in the top bar, labelled with the name they abbreviate', () => {
  it('is the signed-in account, with its presence left out', () => {
    page = htmlPage(
      `<html><body><header><a href="/">Desk</a><div title="Jonas Weber (abwesend)">JW</div><i aria-label="Benachrichtigungen">3</i></header>
       <main><div class="thread"></div></main></body></html>`,
      'https://desk.example/c/1',
    );
    const identity = findPageIdentity(page.document, undefined, page.document.querySelector('.thread'));
    expect(isSelf({ name: 'Jonas Weber' }, identity)).toBe(true);
  });

  it("is nobody when the initials are not the label's, or when it sits in a tab or a ticket's own header", () => {
    page = htmlPage(
      `<html><body><div role="banner"><span aria-label="Jonas Weber, online">KM</span>
       <div role="tablist"><span role="tab" aria-label="Lea Brandt, Ticket 88">LB</span></div></div>
       <main><header><span title="Piet Smit">PS</span><h2>Dimmer broken</h2></header><div class="thread"></div></main></body></html>`,
      'https://desk.example/c/2',
    );
    const identity = findPageIdentity(page.document, undefined, page.document.querySelector('.thread'));
    expect(identity.names).toEqual([]);
  });

  it('tells the agent from the customer of a thread with no other mark', () => {
    page = htmlPage(
      `<!doctype html><html lang="de"><body><header><nav><a>Postfach</a></nav><div title="Jonas Weber (abwesend)">JW</div></header>
       <main><h1>Lampe kaputt</h1><div class="posts">
        ${post('Jonas Weber', '2026-12-01T09:00:00Z', 'Guten Tag Frau Brandt, wir haben Ihren Anruf notiert und schicken einen neuen Schirm.')}
        ${post('Lea Brandt', '2026-12-02T09:00:00Z', 'Danke! Wann kommt er an?')}
        ${post('Jonas Weber', '2026-12-02T11:00:00Z', 'Morgen mit DHL.')}
       </div></main></body></html>`,
      'https://desk.example/c/3',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map(({ role }) => role)).toEqual(['agent', 'customer', 'agent']);
    expect(thread.customer.name).toBe('Lea Brandt');
  });
});
