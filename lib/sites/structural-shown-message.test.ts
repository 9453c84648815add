import { describe, expect, it } from 'vitest';
import { leadingText } from './generic-blocks';
import { readStructurally } from './structural';
import { withShownMessage } from './structural-shown-message';
import { htmlPage } from './testing/fixture-page';

const page = (body: string) => htmlPage(`<!doctype html><body>${body}</body>`, 'https://mail.example/view/1');
const hist = (from: string, when: string, text: string) =>
  `<div class="h"><div class="h-head">From: ${from} · ${when}</div><div class="h-body">${text}</div></div>`;
const shown = (head: string) =>
  `<h2>Re: Wool blanket – grey</h2>${head}<div class="msg-body"><p>Hello, the blanket arrived with a bleach stain on one corner. I would prefer an exchange.</p><p>Claire</p></div>`;

describe('withShownMessage', () => {
  it('puts a message shown above a newest-first history last, the history oldest first', () => {
    const { document } = page(
      `<section>${shown('<table><tr><th>From:</th><td>claire_d</td></tr></table>')}<div id="history">${hist('shop-team', 'Nov 30, 2026 16:40', 'Yes, it is pure wool.')}${hist('claire_d', 'Nov 30, 2026 09:12', 'Is it pure wool?')}</div></section>`,
    );
    const blocks = Array.from(document.getElementById('history')!.children);
    const ordered = withShownMessage(blocks, leadingText)!;
    expect(ordered.map((block) => block.textContent?.slice(0, 25))).toEqual([
      blocks[1]!.textContent?.slice(0, 25),
      blocks[0]!.textContent?.slice(0, 25),
      expect.stringContaining('From:'),
    ]);
    // A detached copy: the page is not changed.
    expect(ordered[2]!.isConnected).toBe(false);
    expect(document.querySelectorAll('.msg-body')).toHaveLength(1);
  });

  it('puts an opening post first when the replies below it go forward in time', () => {
    const { document } = page(
      `<section>${shown('<div class="byline"><span class="author">claire_d</span></div>')}<div id="replies">${hist('shop-team', 'Nov 30, 2026 09:12', 'Is it pure wool?')}${hist('claire_d', 'Nov 30, 2026 16:40', 'Yes, it is pure wool.')}</div></section>`,
    );
    const blocks = Array.from(document.getElementById('replies')!.children);
    const ordered = withShownMessage(blocks, leadingText)!;
    expect(ordered.slice(1)).toEqual(blocks);
    expect(ordered[0]!.textContent).toContain('bleach stain');
  });

  it('finds none without a body and a sender just before the list', () => {
    const { document } = page(
      `<section><p>Intro</p><div id="list">${hist('a', 'Nov 30, 2026 09:12', 'One')}${hist('b', 'Nov 30, 2026 10:12', 'Two')}</div></section>`,
    );
    expect(withShownMessage(Array.from(document.getElementById('list')!.children), leadingText)).toBeNull();
  });

  it('lets the structural reader read a preview pane with its history in time order', () => {
    const { document, url } = page(
      `<section>${shown('<table><tr><th>From:</th><td>claire_d</td></tr><tr><th>To:</th><td>shop-team</td></tr></table>')}<div>${hist('shop-team', 'Nov 30, 2026 16:40', 'Hello Claire, yes, the blanket is 100 % pure new wool and ships tomorrow.')}${hist('claire_d', 'Nov 30, 2026 09:12', 'Hello, is the blanket pure wool, and can you ship it before Saturday?')}</div></section>`,
    );
    const thread = readStructurally(document, url, { site: 'generic' });
    expect(thread?.messages.map((message) => message.author.name)).toEqual(['claire_d', 'shop-team', 'claire_d']);
    expect(thread?.messages.at(-1)?.text).toContain('bleach stain');
    expect(thread?.subject).toBe('Re: Wool blanket – grey');
  });
});
