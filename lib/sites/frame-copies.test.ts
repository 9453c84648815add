import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const URL_ = 'https://desk.example/tickets/3310';
const page = (body: string) => htmlPage(`<!doctype html><html><head><title>Ticket 3310</title></head><body>${body}</body></html>`, URL_);
const comment = (who: string, time: string) =>
  `<div class="comment"><span class="author">${who}</span> <time datetime="${time}">${time.slice(11)}</time><div class="comment-body"><iframe title="mail" srcdoc="&lt;p&gt;Loading…&lt;/p&gt;"></iframe></div></div>`;

describe("frameDocument: a copy of the page reads the page's frames", () => {
  it('reads mail a script wrote into frames inside an open shadow root (the reader reads a copy of it)', async () => {
    const { document, url } = page(
      `<x-ticket><template shadowrootmode="open"><h1>Lamp arrived cracked</h1><div class="feed">${comment('Ines Vidal &lt;ines@example.pt&gt;', '2026-12-02T08:00')}${comment('Rui (Luz Shop)', '2026-12-02T10:00')}</div></template></x-ticket>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    // As helpdesks render rich mail: an empty same-origin frame the page's script writes the mail into.
    const frames = document.querySelector('x-ticket')!.shadowRoot!.querySelectorAll('iframe');
    frames[0]!.contentDocument!.body.innerHTML = '<div>Bom dia, o candeeiro chegou rachado.</div>';
    frames[1]!.contentDocument!.body.innerHTML = '<p>Lamentamos! Enviamos outro hoje.</p>';
    const thread = readStructurally(document, url, { site: 'generic' });
    expect(thread?.messages.map((message) => message.text)).toEqual([
      'Bom dia, o candeeiro chegou rachado.',
      'Lamentamos! Enviamos outro hoje.',
    ]);
  });

  it('reads them in the copy where a message nested by an unclosed tag is put out (./structural-unclosed.ts)', async () => {
    const open = (who: string, time: string) => comment(who, time).replace(/<\/div>$/, '');
    const { document, url } = page(
      `<div class="feed">${comment('Ines Vidal &lt;ines@example.pt&gt;', '2026-12-02T08:00')}${open('Rui (Luz Shop)', '2026-12-02T10:00')}${comment('Ines Vidal &lt;ines@example.pt&gt;', '2026-12-02T11:00')}</div>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const texts = ['Bom dia, o candeeiro chegou rachado.', 'Lamentamos! Enviamos outro hoje.', 'Obrigada, fico à espera.'];
    document.querySelectorAll('iframe').forEach((frame, index) => {
      frame.contentDocument!.body.innerHTML = `<div>${texts[index]}</div>`;
    });
    const thread = readStructurally(document, url, { site: 'generic' });
    expect(thread?.messages.map((message) => message.text)).toEqual(texts);
  });
});
