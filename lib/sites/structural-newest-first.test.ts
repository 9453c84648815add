import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

/** A forum-like support feed, newest post on top, each post's day shown without its year. */
const post = (who: string, when: string, text: string) =>
  `<article class="post"><header><strong class="post-author">${who}</strong> · <time>${when}</time></header><div class="post-body"><p>${text}</p></div></article>`;

const read = (posts: string) => {
  const page = htmlPage(
    `<body><main><h1>Lamp arrived with a cracked shade</h1><section class="feed">${posts}</section></main></body>`,
    'https://help.example.com/threads/77',
  );
  return readStructurally(page.document, page.url, { site: 'generic' })!;
};

describe('a thread shown newest on top with days without their year', () => {
  it('reads it oldest first, so the latest message is the one on top', () => {
    const thread = read(
      post('Ines Duarte', '5 Dec, 21:10', 'Any news on the replacement shade?') +
        post('Tom Berger', '2 Dec, 08:47', 'Sorry about that, a new shade is on its way.') +
        post('Ines Duarte', '1 Dec, 19:22', 'The shade of my lamp arrived cracked.'),
    );
    expect(thread.messages.map((message) => message.text)).toEqual([
      'The shade of my lamp arrived cracked.',
      'Sorry about that, a new shade is on its way.',
      'Any news on the replacement shade?',
    ]);
  });

  it('reads bare clocks of one day the same way, and keeps a thread shown oldest first as it is', () => {
    const newestOnTop = read(
      post('Ines Duarte', '7:22 PM', 'Still there?') +
        post('Tom Berger', '7:05 PM', 'Let me check.') +
        post('Ines Duarte', '6:58 PM', 'Hello!'),
    );
    expect(newestOnTop.messages.map((message) => message.text)).toEqual(['Hello!', 'Let me check.', 'Still there?']);
    const oldestOnTop = read(
      post('Ines Duarte', '11:50 PM', 'Hello!') +
        post('Tom Berger', '11:58 PM', 'Let me check.') +
        post('Ines Duarte', '12:04 AM', 'Still there?'),
    );
    expect(oldestOnTop.messages.map((message) => message.text)).toEqual(['Hello!', 'Let me check.', 'Still there?']);
  });

  it('takes the subject from the first message’s own subject line, at the bottom', () => {
    const page = htmlPage(
      `<body><main><h2>Ines Duarte</h2><section class="feed">
        ${post('Ines Duarte', '5 Dec, 21:10', 'Any news?')}
        ${post('Tom Berger', '2 Dec, 08:47', 'A new shade is on its way.')}
        <article class="post"><header><strong class="post-author">Ines Duarte</strong> · <time>1 Dec, 19:22</time></header><div class="post-subject">Re: cracked shade, order 5531</div><div class="post-body"><p>The shade arrived cracked.</p></div></article>
      </section></main></body>`,
      'https://help.example.com/threads/78',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.subject).toBe('Re: cracked shade, order 5531');
    expect(thread.messages.at(-1)!.text).toBe('Any news?');
  });
});
