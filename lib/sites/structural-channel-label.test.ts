import { describe, expect, it } from 'vitest';
import { readStructurally } from '@/lib/sites/structural';
import { withoutChannelAfterBy } from '@/lib/sites/structural-channel-label';
import { htmlPage } from '@/lib/sites/testing/fixture-page';

/** A feed item: its author, what the feed says of it, and its text. */
const item = (who: string, about: string, iso: string, text: string) =>
  `<li class="feed-item"><div class="feed-head"><strong class="author">${who}</strong> <span>${about}</span> <time datetime="${iso}">${iso.slice(5, 10)}</time></div><div class="feed-body">${text}</div></li>`;

describe('a channel after a label\'s "by"', () => {
  it('is cut from the label, a name after it is not', () => {
    expect(withoutChannelAfterBy('Kofi Mensah replied by SMS')).toBe('Kofi Mensah replied ');
    expect(withoutChannelAfterBy('Kofi Mensah respondió por WhatsApp hoy')).toBe('Kofi Mensah respondió  hoy');
    expect(withoutChannelAfterBy('Replied by Dana Fox')).toBe('Replied by Dana Fox');
    expect(withoutChannelAfterBy('Sent by you')).toBe('Sent by you');
  });

  it("leaves the customer's reply by SMS or WhatsApp hers, and a reply sent by a person ours", () => {
    const page = htmlPage(
      `<!doctype html><html lang="en"><body><main><h1>Lamp arrived broken</h1><ol class="feed">
        ${item('Kofi Mensah', 'replied by SMS', '2026-12-01T09:00:00Z', 'The lamp shade is cracked, what now?')}
        ${item('Dana Fox', 'sent by Dana Fox', '2026-12-01T11:00:00Z', 'So sorry, Kofi! A new shade is on its way.')}
        ${item('Kofi Mensah', 'replied by WhatsApp', '2026-12-02T10:00:00Z', 'Thanks, when will it arrive?')}
      </ol></main></body></html>`,
      'https://help.example/conversations/301',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map(({ role }) => role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.customer.name).toBe('Kofi Mensah');
  });
});
