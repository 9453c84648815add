import { describe, expect, it } from 'vitest';
import { findMessageBlocks } from './generic-blocks';
import { readStructurally } from './structural';
import { inLog } from './structural-log-list';
import { htmlPage } from './testing/fixture-page';

const page = (body: string) => htmlPage(`<!doctype html><html><body>${body}</body></html>`, 'https://chat.example/c/7');
/** Bubbles with nothing but text and a clock time: no sender line, no address, no `time` element. */
const bubble = (side: string, text: string, clock: string) =>
  `<div class="b b--${side}"><p>${text}</p><span class="b__clock">${clock}</span></div>`;
const chat = [
  '<div class="sep">Yesterday</div>',
  bubble('incoming', 'Hi, the lamp I ordered arrived with a cracked shade. Can you send a new one?', '09:12'),
  bubble('outgoing', 'Sorry to hear that! A replacement shade goes out today, no need to return the old one.', '10:40'),
  bubble('incoming', 'Thank you, that is quick. Could it go to my office address instead this time?', '11:02'),
].join('');

describe('inLog: the items of a conversation the page announces as a log', () => {
  it('reads the bubbles of a role="log" list, and of an aria-live list, as the conversation', () => {
    for (const list of [
      `<div role="log">${chat}</div>`,
      `<section role="log"><div class="day">${chat}</div></section>`,
      `<div aria-live="polite">${chat}</div>`,
    ]) {
      const { document, url } = page(`<main><h2>mira.k</h2>${list}</main>`);
      expect(findMessageBlocks(document)?.blocks).toHaveLength(3);
      const thread = readStructurally(document, url, { site: 'generic' })!;
      expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
      expect(thread.messages.at(-1)!.text).toMatch(/^Thank you, that is quick/);
    }
  });

  it('finds nothing in the same bubbles without the log, nor in a live region around a whole section', () => {
    expect(findMessageBlocks(page(`<main><div class="list">${chat}</div></main>`).document)).toBeNull();
    const { document } = page(`<main aria-live="polite"><div><div class="list">${chat}</div></div></main>`);
    expect(findMessageBlocks(document)).toBeNull();
    expect(inLog(document.querySelector('.b')!)).toBe(false);
  });
});
