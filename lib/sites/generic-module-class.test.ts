import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';
import { moduleLocalWords } from './generic-module-class';

/** A shop's proactive message opens the chat (so its first writer is us), bubbles told apart only by CSS-module classes. */
const bubble = (local: string, who: string, time: string, text: string) =>
  `<div class="ChatRow_row__k3Lp9 ChatRow_${local}__Qw7e2"><div class="ChatRow_head__Zt81x"><strong class="ChatRow_who__a9Bc1">${who}</strong><time datetime="${time}">${time.slice(11, 16)}</time></div><div class="ChatRow_text__Uu2pQ">${text}</div></div>`;

describe('a CSS-module class `Component_local__hash`', () => {
  it("reads who wrote each bubble from the local name's words when the shop wrote first", () => {
    const page = htmlPage(
      `<html lang="fr"><head><title>Discussion · Atelier Lune</title></head><body><main><h1>Question sur une bougie</h1><div role="log">
      ${bubble('byStaff', 'Atelier Lune', '2026-12-03T10:00:00Z', 'Bonjour ! -15 % sur les bougies ce week-end avec le code LUNE15.')}
      ${bubble('byVisitor', 'Camille Roux', '2026-12-03T10:04:00Z', 'Bonjour, la bougie au figuier existe-t-elle en grand format ?')}
      ${bubble('byStaff', 'Hugo Martin', '2026-12-03T10:09:00Z', 'Oui, en 400 g, elle arrive vendredi en boutique.')}
      ${bubble('byVisitor', 'Camille Roux', '2026-12-03T10:12:00Z', 'Parfait, pouvez-vous m’en garder une ?')}
      </div></main></body></html>`,
      'https://chat.example/c/41',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map(({ role }) => role)).toEqual(['agent', 'customer', 'agent', 'customer']);
    expect(thread.customer.name).toBe('Camille Roux');
  });

  it('takes only the local name of a module class, nothing of other classes', () => {
    expect(moduleLocalWords('TicketMessage_fromAgent__2Hk7R')).toEqual(['from', 'agent']);
    expect(moduleLocalWords('ChatRow_isCustomer__x81Qa')).toEqual(['is', 'customer']);
    expect(moduleLocalWords('message--agent')).toEqual([]);
    expect(moduleLocalWords('Avatar')).toEqual([]);
  });
});
