import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

/** A thread row shows the sender's name, "via" and an address in elements of their own, then the time. */
const post = (name: string, address: string, when: string, text: string) =>
  `<div class="post"><div class="post-top"><span class="post-who">${name}</span> <span class="post-addr">via ${address}</span><time datetime="${when}">${when}</time></div><div class="post-text"><p>${text}</p></div></div>`;

const read = (posts: string) => {
  const { document, url } = htmlPage(
    `<!doctype html><html lang="en"><body><main><h1>Broken teapot lid</h1><div class="posts">${posts}</div></main></body></html>`,
    'https://desk.example/conversations/31',
  );
  return readStructurally(document, url, { site: 'generic' })!;
};

describe('readStructurally: the name beside an address, and a customer who wrote from two addresses', () => {
  it('names the sender from the dated row when the header shows an address apart from the name', () => {
    const thread = read(
      `${post('Maren Lund', 'maren@post.example', '2026-10-01T09:00:00Z', 'The teapot lid came broken in two.')}${post('Ola Berg', 'help@teashop.example', '2026-10-01T12:00:00Z', 'Sorry! A new lid is on its way.')}`,
    );
    expect(thread.messages.map((message) => message.author)).toEqual([
      { name: 'Maren Lund', email: 'maren@post.example' },
      { name: 'Ola Berg', email: 'help@teashop.example' },
    ]);
  });

  it('gives the address of her latest mail, the one a reply goes to', () => {
    const thread = read(
      `${post('Maren Lund', 'maren@post.example', '2026-10-01T09:00:00Z', 'The teapot lid came broken in two.')}${post('Ola Berg', 'help@teashop.example', '2026-10-01T12:00:00Z', 'Sorry! A new lid is on its way. Same address?')}${post('Maren Lund', 'm.lund@work.example', '2026-10-02T08:00:00Z', 'Please send it to my office instead, and write to this address.')}`,
    );
    expect(thread.customer).toEqual({ name: 'Maren Lund', email: 'm.lund@work.example' });
    expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
  });
});
