import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { sideOf } from './structural-side';
import { htmlPage } from './testing/fixture-page';

const page = (head: string, body: string) =>
  htmlPage(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'https://chat.example/c/41');
/** A hashed build: nothing in the class names says which side a bubble is on; only the sheet does. */
const SHEET = '<style>.q1{padding:8px}.k9z{max-width:70%;margin-left:auto}@media (max-width:600px){.r4,.p0w{text-align:left}}</style>';
const bubble = (classes: string, text: string, at: string) =>
  `<li class="${classes}"><p>${text}</p><time datetime="2026-12-0${at}Z">${at.slice(3)}</time></li>`;
const thread = [
  bubble('q1', 'Hi, the lamp I bought last week flickers as soon as it warms up. Is there a fix?', '2T09:12'),
  bubble('q1 k9z', 'Sorry to hear that! Could you send a short video of it so we can check?', '2T10:40'),
  bubble('q1', 'Here it is. It starts after about ten minutes, every evening.', '3T19:05'),
].join('');

describe('sheetSide: the side a page’s own style rules give a class', () => {
  it('reads a bubble’s side from a one-class rule of the page’s style sheet', () => {
    const { document } = page(SHEET, `<ul>${thread}<li class="p0w"><p>x</p></li></ul>`);
    const [first, second, , fourth] = Array.from(document.querySelectorAll('li'));
    expect(sideOf(first!)).toBeNull();
    expect(sideOf(second!)).toBe('end');
    expect(sideOf(fourth!)).toBe('start');
  });

  it('says nothing without the rule, and nothing for a class two rules place on both sides', () => {
    const { document } = page('<style>.k9z{margin-left:auto}.k9z{margin-right:auto}</style>', `<ul>${thread}</ul>`);
    expect(sideOf(document.querySelectorAll('li')[1]!)).toBeNull();
    const bare = page('', `<ul>${thread}</ul>`).document;
    expect(sideOf(bare.querySelectorAll('li')[1]!)).toBeNull();
  });

  it('reads again when the page adds a sheet', () => {
    const { document } = page('', `<ul>${thread}</ul>`);
    const mine = document.querySelectorAll('li')[1]!;
    expect(sideOf(mine)).toBeNull();
    document.head.insertAdjacentHTML('beforeend', SHEET);
    expect(sideOf(mine)).toBe('end');
  });

  it('gives a chat with hashed classes its roles', () => {
    const { document, url } = page(SHEET, `<main><ul>${thread}</ul></main>`);
    const read = readStructurally(document, url, { site: 'generic' })!;
    expect(read.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
  });
});
