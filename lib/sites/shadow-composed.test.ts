import { describe, expect, it, vi } from 'vitest';
import { readStructurally } from './structural';
import { composedDocument, withOpenShadowRoots } from './shadow-composed';
import { htmlPage } from './testing/fixture-page';
import { readableText } from './text';

const URL_ = 'https://support.example/cases/4410';
/** A page whose `<template shadowrootmode>` blocks are attached as a browser's parser attaches them. */
const page = (body: string) =>
  htmlPage(`<!doctype html><html><head><title>Case 4410</title></head><body>${body}</body></html>`, URL_).document;
const open = (inner: string) => `<template shadowrootmode="open">${inner}</template>`;
/** A message component: its header and body are its shadow tree, the words it shows come through slots. */
const note = (name: string, time: string, text: string) =>
  `<x-note>${open(`<article class="note"><header><span class="author"><slot name="who"></slot></span> <time datetime="${time}">${time}</time></header><div class="body"><slot></slot></div></article>`)}<span slot="who">${name}</span>${text}</x-note>`;

describe('composedDocument: the page with its open shadow roots in place', () => {
  it('gives the page itself when it has no shadow root', () => {
    const document = page('<main><p>Plain page</p></main>');
    expect(composedDocument(document)).toBe(document);
  });

  it('puts nested roots in their hosts, and shows slotted words once, where their slot is', () => {
    const document = page(
      `<x-app>${open(`<h1>Kettle leaks</h1><x-feed>${open('<ul><li><slot name="first"></slot></li><li><slot name="first"></slot><slot>No replies yet</slot></li></ul>')}<b slot="first">Opening words</b></x-feed>`)}<i>Never shown: no slot takes it</i></x-app>`,
    );
    const body = composedDocument(document).body;
    expect(body.querySelector('x-app > h1')?.textContent).toBe('Kettle leaks');
    const items = Array.from(body.querySelectorAll('li'), (item) => readableText(item));
    // A node goes to the first slot of its name; the second shows nothing, the default slot its fallback.
    expect(items).toEqual(['Opening words', 'No replies yet']);
    expect(body.textContent).not.toContain('Never shown');
    expect(body.querySelector('slot, template')).toBeNull();
    expect(withOpenShadowRoots(document, (roots) => roots.length)).toBe(2);
  });

  it('leaves a closed root out: no script can read it, so its host reads as its light children', () => {
    const document = page(
      `<x-secret><template shadowrootmode="closed"><p>Hidden words</p></template>Light words</x-secret><x-open>${open('<p>Open words</p>')}</x-open>`,
    );
    const text = composedDocument(document).body.textContent;
    expect(text).toContain('Light words');
    expect(text).toContain('Open words');
    expect(text).not.toContain('Hidden words');
    expect(withOpenShadowRoots(document, (roots) => roots.length)).toBe(1);
  });

  it('copies a page of thousands of components, and reads a page past the budget as it is, without copying it', () => {
    const document = page('<main></main>');
    for (let index = 0; index < 2_000; index++) {
      const host = document.createElement('x-cell');
      host.attachShadow({ mode: 'open' }).innerHTML = '<span class="cell"><slot></slot></span>';
      host.textContent = `cell ${index}`;
      document.querySelector('main')!.append(host);
    }
    expect(composedDocument(document).body.querySelectorAll('span.cell')).toHaveLength(2_000);
    const huge = page(`<main>${'<i>x</i>'.repeat(30_000)}</main><x-cell>${open('<p>Inside</p>')}</x-cell>`);
    expect(composedDocument(huge)).toBe(huge);
  });
});

describe('readStructurally on a conversation rendered in shadow roots', () => {
  it('finds the messages, their senders, times and slotted text inside the components', () => {
    const document = page(
      `<x-case>${open(
        `<h1>Kettle lid cracked on arrival</h1><section class="thread">${[
          note('Ilse Varga', '2026-11-30T09:12:00Z', 'The lid of the kettle I ordered arrived cracked, can you send a new one?'),
          note('Noor Support', '2026-11-30T11:40:00Z', 'Sorry about that! A new lid is on its way, it should arrive on Thursday.'),
          note('Ilse Varga', '2026-12-01T08:05:00Z', 'Thank you, and should I send the cracked lid back to you?'),
        ].join('')}</section>`,
      )}</x-case>`,
    );
    const thread = readStructurally(document, new URL(URL_), { site: 'generic', self: { names: ['Noor Support'], emails: [] } });
    expect(thread?.subject).toBe('Kettle lid cracked on arrival');
    expect(thread?.messages.map(({ author, role }) => [author.name, role])).toEqual([
      ['Ilse Varga', 'customer'],
      ['Noor Support', 'agent'],
      ['Ilse Varga', 'customer'],
    ]);
    expect(thread?.messages.at(-1)).toMatchObject({
      sentAt: '2026-12-01T08:05:00.000Z',
      text: 'Thank you, and should I send the cracked lid back to you?',
    });
  });
});

/** Counts the walks of the whole page: a scan starts its tree walker at the document itself. */
const countPageWalks = (document: Document) => {
  const spy = vi.spyOn(document, 'createTreeWalker');
  return () => spy.mock.calls.filter(([root]) => root === document).length;
};

describe('withOpenShadowRoots: one walk of the page for the roots and the read', () => {
  it('gives the roots, and a read inside reuses its walk instead of walking the page again', () => {
    const document = page(`<main><x-feed>${open('<p>Inside the feed</p>')}</x-feed><p>Plain words</p></main>`);
    const walks = countPageWalks(document);
    const text = withOpenShadowRoots(document, (roots) => {
      expect(roots).toHaveLength(1);
      return composedDocument(document).body.textContent;
    });
    expect(text).toContain('Inside the feed');
    expect(walks()).toBe(1);
  });

  it('reuses nothing for another document, and nothing once its work is done', () => {
    const document = page('<main><p>No component yet</p></main>');
    const other = page(`<x-feed>${open('<p>Other page</p>')}</x-feed>`);
    const otherWalks = countPageWalks(other);
    withOpenShadowRoots(document, () => expect(composedDocument(other).body.textContent).toContain('Other page'));
    expect(otherWalks()).toBe(1);
    // A root attached after the work is seen by the next read: no answer outlives its check.
    const host = document.createElement('x-late');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Attached later</p>';
    document.querySelector('main')!.append(host);
    expect(composedDocument(document).body.textContent).toContain('Attached later');
  });
});
