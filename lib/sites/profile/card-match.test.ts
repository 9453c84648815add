import { describe, expect, it } from 'vitest';
import { ZENDESK_PROFILE } from '@/lib/sites/profiles/zendesk';
import { htmlPage } from '@/lib/sites/testing/fixture-page';
import { cardRole, completedCard } from './card-match';
import { readWithProfile } from './read-with-profile';

describe('cardRole: the customer card against a message author', () => {
  it('compares like with like: address with address, name with name, the user ID with a name', () => {
    expect(cardRole({ email: 'ana@example.pt' }, { email: 'ana@example.pt' }, undefined)).toBe('customer');
    expect(cardRole({ name: 'Rui', email: 'rui@shop.example' }, { name: 'Rui', email: 'ana@example.pt' }, undefined)).toBe('agent');
    expect(cardRole({ name: 'Ana Silva' }, { name: 'ana silva' }, undefined)).toBe('customer');
    expect(cardRole({ name: 'Rui Costa' }, { name: 'Ana Silva' }, undefined)).toBe('agent');
    expect(cardRole({ name: '@ana_s' }, { name: 'Ana Silva' }, 'ana_s')).toBe('customer');
    expect(cardRole({ name: 'Rui Costa' }, {}, 'ana_s')).toBe('agent');
  });

  it('decides nothing when the card and the message show different halves of an identity', () => {
    expect(cardRole({ name: 'Ana Silva' }, { email: 'ana@example.pt' }, undefined)).toBeUndefined();
    expect(cardRole({ email: 'ana@example.pt' }, { name: 'Ana Silva' }, undefined)).toBeUndefined();
    expect(cardRole({}, { name: 'Ana Silva' }, undefined)).toBeUndefined();
  });

  it("fills the card's missing half from the customer's own message, never overriding the card", () => {
    expect(completedCard({ email: 'ana@example.pt' }, { name: 'Ana Silva' })).toEqual({ name: 'Ana Silva', email: 'ana@example.pt' });
    expect(completedCard({ name: 'Ana', email: 'ana@example.pt' }, { name: 'Other' })).toEqual({ name: 'Ana', email: 'ana@example.pt' });
    expect(completedCard({ name: 'Ana' }, undefined)).toEqual({ name: 'Ana' });
  });
});

/** A Zendesk log in German with no `type` on its events, and a customer panel showing only the address. */
const event = (name: string, via: string, text: string, at: string) =>
  `<article><div><span data-test-id="omni-log-item-sender">${name}</span> <span>${via}</span> <time datetime="${at}">${at.slice(5, 10)}</time></div><div class="zd-comment"><p>${text}</p></div></article>`;
const ZENDESK_DE = `<!doctype html><html lang="de"><body><main>
<input data-test-id="omni-header-subject" value="Bestellung 5521: falsche Größe">
<div data-test-id="omni-log-container" role="log">
${event('Jonas Keller', 'per E-Mail', 'Guten Tag, die Jacke ist zu klein. Kann ich sie gegen eine Größe L tauschen?', '2026-12-01T08:00:00Z')}
${event('Lea Brandt', 'Nordwind Mode', 'Hallo Herr Keller, gerne! Ich schicke Ihnen ein Rücksendeetikett.', '2026-12-01T09:00:00Z')}
${event('Jonas Keller', 'per E-Mail', 'Danke, das Etikett ist angekommen. Wann kommt die neue Jacke?', '2026-12-02T10:00:00Z')}
</div></main>
<section data-test-id="customer-context"><a href="mailto:jonas.keller@example.de">jonas.keller@example.de</a></section></body></html>`;

describe("Zendesk's built-in profile in any language", () => {
  it('tells the requester from the agent when the panel shows only the address and the log only names', () => {
    const { document, url } = htmlPage(ZENDESK_DE, 'https://nordwind.zendesk.com/agent/tickets/5521');
    const thread = readWithProfile(document, url, ZENDESK_PROFILE, 1000, { reader: 'site' })!;
    expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.customer).toEqual({ name: 'Jonas Keller', email: 'jonas.keller@example.de' });
  });
});
