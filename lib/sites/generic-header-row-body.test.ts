import { describe, expect, it } from 'vitest';
import { readStructurally } from '@/lib/sites/structural';
import { htmlPage } from '@/lib/sites/testing/fixture-page';

/** A bubble whose header row ("small-text") matches the body selectors as its body ("text-body") does; no sender element. */
const bubble = (side: string, who: string, iso: string, shown: string, text: string) =>
  `<div class="bubble bubble--${side}"><div class="small-text meta"><strong>${who}</strong> · <time datetime="${iso}">${shown}</time></div><div class="text-body">${text}</div></div>`;

describe('a header row the body selectors match, beside a message shorter than it', () => {
  it('is the header, and the short message is the text', () => {
    const page = htmlPage(
      `<!doctype html><html lang="de"><body><main><h1>Order 5521 – missing strap</h1><section class="thread">
        ${bubble('in', 'Jonas Berg', '2026-11-30T10:00:00Z', 'Nov 30, 2026', 'Hello, the strap of my watch is missing from the box. Can you send one?')}
        ${bubble('out', 'Mia Keller', '2026-11-30T12:00:00Z', 'Nov 30, 2026', 'Sorry about that, Jonas! A new strap is on its way today.')}
        ${bubble('in', 'Jonas Berg', '2026-12-01T08:00:00Z', 'Dec 1, 2026', 'Super, danke!')}
      </section></main></body></html>`,
      'https://shop.example/inbox/5521',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map(({ text }) => text)).toEqual([
      'Hello, the strap of my watch is missing from the box. Can you send one?',
      'Sorry about that, Jonas! A new strap is on its way today.',
      'Super, danke!',
    ]);
  });
});
