import { describe, expect, it } from 'vitest';
import { readStructurally } from '@/lib/sites/structural';
import { htmlPage } from '@/lib/sites/testing/fixture-page';

/** A chat line: who, the text, and the time shown under it. */
const line = (side: string, who: string, iso: string, text: string) =>
  `<li class="chat-line chat-line--${side}"><span class="chat-author">${who}</span><p>${text}</p><time datetime="${iso}">${iso.slice(11, 16)}</time></li>`;

describe('a short reply with its own sender and time', () => {
  it('is a message, not a header line, however short', () => {
    const page = htmlPage(
      `<!doctype html><html lang="en"><body><main><h1>Chat with Tove Ek</h1><ul class="chat">
        ${line('bot', 'Lumo Lamps bot', '2026-12-03T08:00:00Z', 'Hi! Pick one: 1 Order status, 2 Returns, 3 Talk to us')}
        ${line('visitor', 'Tove Ek', '2026-12-03T08:01:00Z', '2')}
        ${line('operator', 'Ravi Nair', '2026-12-03T08:05:00Z', 'Hi Tove, which order would you like to return?')}
        ${line('visitor', 'Tove Ek', '2026-12-03T08:06:00Z', 'Ok')}
      </ul></main></body></html>`,
      'https://chat.example/conversations/77',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map(({ text }) => text)).toEqual([
      'Hi! Pick one: 1 Order status, 2 Returns, 3 Talk to us',
      '2',
      'Hi Tove, which order would you like to return?',
      'Ok',
    ]);
    expect(thread.messages.map(({ role }) => role)).toEqual(['agent', 'customer', 'agent', 'customer']);
  });
});
