import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const comment = (who: string, at: string, to: string, text: string, note = '') =>
  `<article class="entry"><div class="sender"><strong>${who}</strong>${note}</div><time datetime="${at}">${at}</time>${to ? `<div>${to}</div>` : ''}<div class="entry-body"><p>${text}</p></div></article>`;
const read = (entries: string) => {
  const page = htmlPage(
    `<body><main><h1>Wrong colour</h1><div role="log">${entries}</div></main></body>`,
    'https://help.example/tickets/9',
  );
  return readStructurally(page.document, page.url, { site: 'generic' })!;
};

describe('a reply addressed to the first author is ours', () => {
  it('reads the agent who signs with the shop name as the agent, by the "To:" line naming the customer', () => {
    const thread = read(
      comment('Rita Souza', '2026-11-20T10:00:00Z', '', 'The trainers came in the wrong colour.') +
        comment('Tiago Lima Loja Azul', '2026-11-20T12:00:00Z', 'Para: Rita Souza · CC: Rui Souza', 'We will swap them.') +
        comment('Tiago Lima', '2026-11-21T08:00:00Z', '', 'Stock arrives on the 10th.', ' <span>Internal note</span>') +
        comment('Rita Souza', '2026-11-21T09:00:00Z', '', 'Thanks, I posted them today.'),
    );
    expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(thread.customer.name).toBe('Rita Souza');
  });

  it('does not take the customer for us in a conversation we opened', () => {
    const thread = read(
      comment('Tiago Lima', '2026-11-20T10:00:00Z', 'To: Rita Souza', 'Your parcel is delayed.', ' <span>Outgoing</span>') +
        comment('Rita Souza', '2026-11-20T12:00:00Z', 'To: Tiago Lima', 'Thanks for telling me.'),
    );
    expect(thread.messages.map((message) => message.role)).toEqual(['agent', 'customer']);
  });
});
