import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

/** An omnichannel timeline: chat bubbles, then mail cards whose time shows "2 days ago" with the full date in its tooltip. */
const chat = (actor: string, who: string, text: string, title: string) =>
  `<div class="item" data-actor="${actor}"><div class="item-sender">${who}</div><div class="item-bubble">${text}</div><span class="item-time" title="${title}">${title.slice(-5)}</span></div>`;
const mail = (actor: string, head: string, text: string, shown: string, title: string) =>
  `<div class="card" data-actor="${actor}"><div class="card-header"><b class="sender-name">${head}</b> <time title="${title}">${shown} (${title})</time></div><div class="card-body"><p>${text}</p></div></div>`;

describe('times and actors across chat bubbles and mail cards', () => {
  it('orders by the tooltips’ full dates, takes a bot for ours and the recipient after "replied to" for nobody’s sender', () => {
    const page = htmlPage(
      `<body><main><h1>Order 30418: wrong size</h1><div class="timeline" aria-label="Conversation">
        ${chat('contact', 'Daan de Vries', 'My jacket is too small, can I exchange it?', 'Wed, 2 Dec 2026 at 19:36')}
        ${chat('bot', 'Freddy <span>AI Agent</span>', 'Exchanges are possible within 30 days.', 'Wed, 2 Dec 2026 at 19:36')}
        ${chat('agent', 'Maaike Jansen', 'The L is in stock, I will send a label.', 'Wed, 2 Dec 2026 at 19:44')}
        ${mail('agent', 'Maaike Jansen</b> replied to daan@example.nl <b>', 'Here is your return label.', '2 days ago', 'Wed, 2 Dec 2026 at 19:58')}
        ${mail('contact', 'Daan de Vries', 'Please send the L to my office instead.', '2 hours ago', 'Sat, 5 Dec 2026 at 09:21')}
      </div></main></body>`,
      'https://shop.freshdesk.com/a/tickets/1',
    );
    const thread = readStructurally(page.document, page.url, { site: 'freshdesk' })!;
    expect(thread.messages.map((message) => [message.role, message.sentAt])).toEqual([
      ['customer', '2026-12-02T19:36:00.000Z'],
      ['agent', '2026-12-02T19:36:00.000Z'],
      ['agent', '2026-12-02T19:44:00.000Z'],
      ['agent', '2026-12-02T19:58:00.000Z'],
      ['customer', '2026-12-05T09:21:00.000Z'],
    ]);
    expect(thread.messages[3]!.author.email).toBeUndefined();
    expect(thread.customer.name).toBe('Daan de Vries');
  });

  // Full dates in Czech: month names this reader does not know.
  it('never compares a relative time with a full date it could not read: the page order stays', () => {
    const page = htmlPage(
      `<body><main><h1>Tapete</h1><div class="timeline">
        ${mail('contact', 'Bia Almeida', 'O tapete chegou com a cor errada.', 'há 4 dias', 'po 30. listopadu 2026 14:10')}
        ${mail('agent', 'Rafael Souza', 'Já separamos outro tapete.', 'há 4 dias', 'po 30. listopadu 2026 15:32')}
        ${mail('contact', 'Bia Almeida', 'Chegou hoje, obrigada!', 'há 15 horas', 'čt 3. prosince 2026 21:18')}
      </div></main></body>`,
      'https://shop.freshdesk.com/a/tickets/2',
    );
    const thread = readStructurally(page.document, page.url, { site: 'freshdesk' })!;
    expect(thread.messages.map((message) => message.text)).toEqual([
      'O tapete chegou com a cor errada.',
      'Já separamos outro tapete.',
      'Chegou hoje, obrigada!',
    ]);
    expect(thread.messages[2]!.sentAt).toBeUndefined();
  });
});
