import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { foldedCount } from './structural-folded';
import { htmlPage } from './testing/fixture-page';

const read = (items: string) => {
  const { document, url } = htmlPage(
    `<!doctype html><html><body><main><h1>Order 5521: wrong colour</h1><div role="list">${items}</div></main></body></html>`,
    'https://mail.example/t/5521',
  );
  return readStructurally(document, url, { site: 'generic' });
};
const item = (name: string, email: string, text: string) =>
  `<div role="listitem"><span class="sender" email="${email}">${name}</span><div class="body">${text}</div></div>`;
const first = item('Nora Lind', 'nora@example.se', 'Hi, the scarf I received is blue, I ordered the green one (order 5521).');
const last = item('Nora Lind', 'nora@example.se', 'Still waiting for the green scarf, could you send it this week?');
const reply = item('Tom at Shop', 'help@shop.example', 'Sorry Nora, the green one ships tomorrow.');

describe('a "n older messages" expander is a count, not a message', () => {
  it.each([
    ['en', '<span role="button" aria-label="12 older messages">12</span>', 12],
    ['es', '<span role="button" aria-label="24 mensajes más antiguos">24</span>', 24],
    ['pl', '<span role="button" aria-label="24 starsze wiadomości">24</span>', 24],
    ['de', '<button>3 ältere Nachrichten</button>', 3],
    ['fr', '<span title="7 messages plus anciens">7</span>', 7],
    ['ja', '<span role="button">以前のメッセージ 5 件</span>', 5],
    ['ko', '<span role="button" aria-label="이전 메시지 9개 보기">9</span>', 9],
    ['cs', '<span class="n">6</span> <span class="w">starších zpráv</span>', 6],
    ['sv', '<a href="#">4 äldre meddelanden</a>', 4],
  ])('leaves out the expander (%s) and counts what it folds', (_, expander, count) => {
    const thread = read(`${first}<div role="listitem">${expander}</div>${reply}${last}`);
    expect(thread!.messages.map((message) => message.author.name)).toEqual(['Nora Lind', 'Tom at Shop', 'Nora Lind']);
    expect(thread!.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread!.earlierMessages).toBe(count);
  });

  it('keeps a signed short message that mentions more messages, and gives no count without an expander', () => {
    const thread = read(`${first}${reply}${item('Nora Lind', 'nora@example.se', 'I sent 2 more messages')}`);
    expect(thread!.messages).toHaveLength(3);
    expect(thread!.earlierMessages).toBeUndefined();
  });

  it('is not fooled by a long block, a number that is no button, or an event with a button', () => {
    const page = htmlPage(
      `<body><div id="a"><span>24</span></div><div id="c"><button>Undo</button> Status changed 2 min ago</div><div id="b">${'Older messages are archived after 30 days, as our policy says. '.repeat(2)}</div></body>`,
      'https://mail.example/1',
    );
    expect(foldedCount(page.document.getElementById('a')!)).toBeNull();
    expect(foldedCount(page.document.getElementById('b')!)).toBeNull();
    expect(foldedCount(page.document.getElementById('c')!)).toBeNull();
  });
});
