import { describe, expect, it, vi } from 'vitest';
import { fixturePage } from '@/lib/sites/testing/fixture-page';
import { htmlPage } from '@/lib/sites/testing/fixture-page';
import { freshdeskList } from './freshdesk-list';

const LIST = 'https://northwind.freshdesk.com/a/tickets/filters/all_tickets';

describe('Freshdesk ticket list', () => {
  it('tells the list, its filters and views from a ticket', () => {
    expect(freshdeskList.isListPage(new URL(LIST))).toBe(true);
    expect(freshdeskList.isListPage(new URL('https://northwind.freshdesk.com/a/tickets'))).toBe(true);
    expect(freshdeskList.isListPage(new URL('https://northwind.freshdesk.com/a/tickets/view/1200034'))).toBe(true);
    expect(freshdeskList.isListPage(new URL('https://northwind.freshdesk.com/a/tickets/2317'))).toBe(false);
    expect(freshdeskList.isListPage(new URL('https://northwind.freshdesk.com/a/contacts'))).toBe(false);
  });

  it('reads ticket number, subject, requester, the customer’s latest response and the description preview', () => {
    const { document, url } = fixturePage('freshdesk', '2026-12-04-ticket-list.html', LIST);
    const rows = freshdeskList.readList(document, url)!;
    expect(rows.map((r) => r.key)).toEqual(['2331', '2317', '2324', '2328']);
    expect(rows[0]).toEqual({
      key: '2331',
      subject: 'Birthday present – order #1093 not shipped',
      customer: { name: 'Sofia Rossi' },
      lastMessageAt: '2026-12-04T09:40:00.000Z',
      snippet:
        "I ordered the linen set for my mother's birthday on Sunday and the tracking still says label created. Will it arrive by Saturday?",
      unread: true,
    });
    expect(rows[1]).toMatchObject({ customer: { name: "Liam O'Connor" }, unread: false });
  });

  it('falls back to the info line for the requester and leaves an unreadable time out', () => {
    const { document, url } = htmlPage(
      `<div class="__module-tickets__tickets-list__tickets-table__ticket-item"><div class="ticket-title-row"><a href="/a/tickets/9">Hi</a><span data-test-ticket-id>#9</span></div>
       <div class="ticket-info">Ana Gómez · Customer responded <span data-test-timeago title="yesterday">a day ago</span></div></div>`,
      LIST,
    );
    expect(freshdeskList.readList(document, url)).toEqual([
      { key: '9', subject: 'Hi', customer: { name: 'Ana Gómez' }, snippet: '', unread: false },
    ]);
  });

  it('opens a ticket by clicking its subject; null on a ticket page', () => {
    const { document, url } = fixturePage('freshdesk', '2026-12-04-ticket-list.html', LIST);
    const clicked = vi.fn();
    document.addEventListener('click', (event) => {
      event.preventDefault();
      clicked((event.target as Element).getAttribute('href'));
    });
    expect(freshdeskList.openRow(document, '2324')).toBe(true);
    expect(clicked).toHaveBeenCalledWith('/a/tickets/2324');
    expect(freshdeskList.openRow(document, '9999')).toBe(false);
    const ticket = fixturePage('freshdesk', '2026-11-24-busy-page.html', 'https://northwind.freshdesk.com/a/tickets/2317');
    expect(freshdeskList.readList(ticket.document, url)).toBeNull();
  });
});
