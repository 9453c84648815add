import { describe, expect, it } from 'vitest';
import { readStructurally } from '@/lib/sites/structural';
import { withoutInlineQuotes } from '@/lib/sites/structural-inline-quotes';
import { htmlPage } from '@/lib/sites/testing/fixture-page';

describe('withoutInlineQuotes', () => {
  it('leaves out the quoted questions an inline answer copies, and keeps the answers', () => {
    expect(withoutInlineQuotes('Hi,\n> Size?\nM, please.\n  > Colour?\nBlue.\nThanks')).toBe('Hi,\nM, please.\nBlue.\nThanks');
  });

  it('keeps a quoted history under the reply whole, and a text with no quote as it is', () => {
    const history = 'Thanks!\n\nOn Nov 21, 2026, Shop wrote:\n> Yes, it ships today.\n> Lena';
    expect(withoutInlineQuotes(history)).toBe(history);
    expect(withoutInlineQuotes('Price > 50 € is fine.\nOk')).toBe('Price > 50 € is fine.\nOk');
  });
});

describe('a customer mail that answers the shop inline', () => {
  it("reads her answers as her message, not the shop's questions she copied", () => {
    const page = htmlPage(
      `<!doctype html><html lang="de"><body><main><h1>Rückfrage zu Bestellung 7710</h1><div class="thread">
        <article class="mail"><header><span class="author">Shop Team</span> <time datetime="2026-12-01T09:00:00Z">1. Dez.</time></header>
          <div class="mail-body"><p>Hallo Frau Brandt, zwei Fragen: Welche Größe? Welche Farbe?</p></div></article>
        <article class="mail"><header><span class="author">Petra Brandt</span> <time datetime="2026-12-02T09:00:00Z">2. Dez.</time></header>
          <div class="mail-body"><p>Guten Tag,</p><p>&gt; Welche Größe?</p><p>Größe 42.</p><p>&gt; Welche Farbe?</p><p>Schwarz bitte.</p><p>Petra Brandt</p></div></article>
      </div></main></body></html>`,
      'https://mail.example/thread/7710',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.at(-1)!.text).toBe('Guten Tag,\n\nGröße 42.\n\nSchwarz bitte.\n\nPetra Brandt');
  });
});
