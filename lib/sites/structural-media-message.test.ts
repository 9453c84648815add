import { describe, expect, it } from 'vitest';
import { readStructurally } from '@/lib/sites/structural';
import { withMediaText } from '@/lib/sites/structural-media-message';
import { htmlPage } from '@/lib/sites/testing/fixture-page';

/** A conversation part: who, what it holds, and when. */
const part = (kind: string, who: string, iso: string, body: string) =>
  `<article class="part part-${kind}"><h4 class="part-author">${who}</h4><div class="part-body">${body}</div><time datetime="${iso}">${iso.slice(5, 10)}</time></article>`;

describe('a voice note or a photo without words', () => {
  it("is its sender's message: the folded transcript, else the file name, is its text", () => {
    const page = htmlPage(
      `<!doctype html><html lang="en"><body><main><h1>Chair leg</h1><section class="parts">
        ${part('user', 'Ines Costa', '2026-12-01T09:00:00Z', 'My chair arrived with a split leg.')}
        ${part('admin', 'Hugo Lind', '2026-12-01T10:00:00Z', 'Sorry, Ines! Could you send a photo?')}
        ${part('user', 'Ines Costa', '2026-12-01T11:00:00Z', '<img alt="leg_0412.png" src="about:blank">')}
        ${part('user', 'Ines Costa', '2026-12-01T11:02:00Z', '<video controls src="about:blank"></video><span>0:41</span><details><summary>Transcript</summary><p>Can you send only a new leg instead of the whole chair?</p></details>')}
      </section></main></body></html>`,
      'https://inbox.example/conversations/5',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map(({ role }) => role)).toEqual(['customer', 'agent', 'customer', 'customer']);
    expect(thread.messages.slice(2).map(({ text }) => text)).toEqual([
      'leg_0412.png',
      'Can you send only a new leg instead of the whole chair?',
    ]);
  });

  it('keeps a folded <details> of a message without a player folded (quoted history stays out)', () => {
    const page = htmlPage(
      '<div class="m"><p>Thanks!</p><details><summary>Show quoted text</summary><p>On Monday you wrote: …</p></details></div>',
      'https://inbox.example/',
    );
    expect(withMediaText(page.document.querySelector('.m')!, 'Thanks!')).toBe('Thanks!');
  });
});
