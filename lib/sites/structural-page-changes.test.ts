import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const entry = (name: string, text: string) =>
  `<div class="entry"><span class="author">${name}</span><div class="body"><p>${text}</p></div></div>`;

/**
 * The account, subject and customer card are kept between reads while only the conversation
 * changes (lib/sites/engine/outside-memo.ts): a read after a change around it must see the change.
 */
describe('readStructurally on a page that changes between reads', () => {
  it('sees a new signed-in account, subject and customer card, and a new message', () => {
    const page = htmlPage(
      `<!doctype html><html><head><title>Ticket 77 | Desk</title></head><body>
<header><a id="account" aria-label="Google Account: Tove Berg (tove@shop.example)" href="#">TB</a></header>
<main><h1 id="subject">Refund for order 5521</h1><div id="thread">${entry('Mara Lind', 'Where is the refund for order 5521 you promised?')}${entry('Tove Berg', 'The refund was issued today and will show in three days.')}</div></main>
<aside class="customer-sidebar"><h3>Mara Lind</h3><a href="mailto:mara@example.com">mara@example.com</a></aside></body></html>`,
      'https://desk.example/tickets/77',
    );
    const read = () => readStructurally(page.document, page.url, { site: 'generic' })!;
    const first = read();
    expect(first.messages.map((message) => message.role)).toEqual(['customer', 'agent']);
    expect(first.subject).toBe('Refund for order 5521');
    expect(first.customer).toEqual({ name: 'Mara Lind', email: 'mara@example.com' });

    page.document.getElementById('thread')!.insertAdjacentHTML('beforeend', entry('Mara Lind', 'Thanks, I will wait for it then.'));
    expect(read().messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);

    page.document.getElementById('subject')!.textContent = 'Refund for order 5522';
    page.document.querySelector('aside a')!.setAttribute('href', 'mailto:mara.lind@example.com');
    page.document.querySelector('aside a')!.textContent = 'mara.lind@example.com';
    page.document.getElementById('account')!.setAttribute('aria-label', 'Google Account: Mara Lind (mara@shop.example)');
    const changed = read();
    expect(changed.subject).toBe('Refund for order 5522');
    expect(changed.messages.map((message) => message.role)).toEqual(['agent', 'customer', 'agent']);
    // The same as a first read of the page as it is now.
    const fresh = htmlPage(`<!doctype html>${page.document.documentElement.outerHTML}`, 'https://desk.example/tickets/77');
    expect(changed).toEqual(readStructurally(fresh.document, fresh.url, { site: 'generic' }));
  });
});
