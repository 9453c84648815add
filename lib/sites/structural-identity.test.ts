import { describe, expect, it } from 'vitest';
import { findPageIdentity, isSelf } from './structural-identity';
import { htmlPage } from './testing/fixture-page';

const identityOf = (body: string) => {
  const { document } = htmlPage(
    `<!doctype html><html><head><title>Desk</title></head><body>${body}</body></html>`,
    'https://desk.example/',
  );
  return findPageIdentity(document, undefined, document.getElementById('conversation'));
};

describe('findPageIdentity', () => {
  it('takes a titled avatar in the top bar as the signed-in agent, with the presence after the name ignored', () => {
    const identity = identityOf(
      '<header role="banner"><a href="/">Desk</a><span class="top-bar-avatar" title="Jonas Ekberg – Upptagen">JE</span></header><main id="conversation"></main>',
    );
    expect(isSelf({ name: 'Jonas Ekberg' }, identity)).toBe(true);
    expect(isSelf({ name: 'Ulla Frisk' }, identity)).toBe(false);
  });

  it("takes no avatar outside the top bar: a customer's avatar beside the conversation or in the ticket's header is not us", () => {
    const identity = identityOf(
      '<header role="banner"><a href="/">Desk</a></header><main><aside><span class="contact-avatar" title="Ulla Frisk">UF</span></aside><div id="conversation"></div></main>',
    );
    expect(isSelf({ name: 'Ulla Frisk' }, identity)).toBe(false);
    const ticketHeader = identityOf(
      '<main><header class="ticket-header"><h1>Broken lamp</h1><span class="requester-avatar" title="Ulla Frisk">UF</span></header><div id="conversation"></div></main>',
    );
    expect(isSelf({ name: 'Ulla Frisk' }, ticketHeader)).toBe(false);
  });
});
