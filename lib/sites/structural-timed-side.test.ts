import { describe, expect, it } from 'vitest';
import { findMessageBlocks } from './generic-blocks';
import { readStructurally } from './structural';
import { otherSideTest } from './structural-timed-side';
import { htmlPage } from './testing/fixture-page';

const page = (body: string) => htmlPage(`<!doctype html><html><body>${body}</body></html>`, 'https://desk.example/t/9');
/** The post the comments are on: an author line, a caption, a like count, no time. */
const post =
  '<div class="post-card"><img alt="" src="data:,"><div class="post-card__author">ceramics.studio</div><div class="post-card__caption">New autumn glazes are in the shop today, hand thrown in our studio. Shipping within 48 hours.</div><div class="post-card__meta">1,284 likes · 96 comments</div></div>';
const comment = (name: string, text: string, at: string) =>
  `<div class="item"><div class="item__head"><span class="item__author">${name}</span> <time datetime="${at}">Dec 2</time></div><div class="item__body">${text}</div></div>`;
/** Ours carry one more class word and sit in a row of another class: the other side's markup. */
const ours = (text: string, at: string) =>
  `<div class="reply"><div class="item__head"><span class="item__author">Ceramics Studio</span> <time datetime="${at}">Dec 2</time></div><div class="item__body">${text}</div></div>`;

describe('otherSideTest: the other side of a timed conversation is timed', () => {
  it('leaves out the post above the comments, and still reads the other side', () => {
    const { document, url } = page(
      `<main><div class="feed">${post}${comment('Mara Lind', 'I ordered two bowls on the 20th and nothing has arrived, nobody answers my emails.', '2026-12-02T20:11:00Z')}${ours('So sorry for the wait! We are writing to you by direct message to check it with you.', '2026-12-02T21:03:00Z')}${comment('Mara Lind', 'Thanks, my order number is 4471, I used my partner’s email address for it.', '2026-12-03T21:40:00Z')}${comment('Mara Lind', 'If it is not here before the 15th I would rather have a refund, it is a gift.', '2026-12-03T21:41:00Z')}</div></main>`,
    );
    const blocks = findMessageBlocks(document)!.blocks;
    expect(blocks.map((block) => block.className)).toEqual(['item', 'reply', 'item', 'item']);
    const thread = readStructurally(document, url, { site: 'generic' })!;
    expect(thread.messages[0]!.author.name).toBe('Mara Lind');
    expect(thread.customer.name).toBe('Mara Lind');
  });

  it('asks for a time only when every message of the conversation shows one', () => {
    const { document } = page(`<div><p class="a"><time>1</time></p><p class="b"><time>2</time></p><p class="untimed">x</p></div>`);
    const [a, b, untimed] = Array.from(document.querySelectorAll('p'));
    const anyCue = () => true;
    expect(otherSideTest([a!, b!], anyCue)(untimed!)).toBe(false);
    expect(otherSideTest([a!, b!], anyCue)(b!)).toBe(true);
    expect(otherSideTest([a!, untimed!], anyCue)(untimed!)).toBe(true);
  });
});
