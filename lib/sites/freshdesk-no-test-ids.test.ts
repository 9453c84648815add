import { describe, expect, it } from 'vitest';
import { htmlPage } from './testing/fixture-page';
import { freshdesk } from './freshdesk';

/**
 * A Freshdesk build with no test ids (German UI): the requester card is only the sidebar's contact link and
 * mail link, and a colleague who forwarded the mail in is linked in the thread too.
 */
const PAGE = `<html lang="de"><head><title>Ticket #7120 – Freshdesk</title></head><body><main>
  <h2 class="ticket-subject-heading">Falsche Farbe geliefert</h2>
  <div class="ticket-conversation">
    <div class="ticket-description"><div class="user-info"><a href="/a/contacts/501">Jana Vogel</a> hat weitergeleitet <time datetime="2026-12-01T09:00:00Z">1. Dez.</time></div>
      <div class="text__content"><p>Guten Tag, die Tasse kam in Blau statt in Grün. Können Sie tauschen?</p></div></div>
    <div class="ticket_note conversation outgoing" data-note-id="88"><div class="user-info"><span>Timo Brandt</span> <time datetime="2026-12-01T11:00:00Z">1. Dez.</time></div>
      <div class="text__content"><p>Hallo Frau Ludwig, wir senden Ihnen heute eine grüne Tasse.</p></div></div>
  </div></main>
  <aside class="sidebar"><section><a href="/a/contacts/777">Greta Ludwig</a> <a href="mailto:greta.ludwig@example.de">greta.ludwig@example.de</a></section></aside>
</body></html>`;

describe('freshdesk on a build without test ids', () => {
  it("takes the customer from the sidebar's contact card, not from a contact linked in the thread", () => {
    const page = htmlPage(PAGE, 'https://laden.freshdesk.com/a/tickets/7120');
    const thread = freshdesk.readThread(page.document, page.url);
    expect(thread?.customer).toEqual({ name: 'Greta Ludwig', email: 'greta.ludwig@example.de' });
  });
});
