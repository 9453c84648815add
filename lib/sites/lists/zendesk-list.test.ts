import { describe, expect, it, vi } from 'vitest';
import { fixturePage } from '@/lib/sites/testing/fixture-page';
import { zendeskList } from './zendesk-list';

const VIEW = 'https://northwind.zendesk.com/agent/filters/360001';

describe('Zendesk view list', () => {
  it('tells views and searches from tickets', () => {
    expect(zendeskList.isListPage(new URL(VIEW))).toBe(true);
    expect(zendeskList.isListPage(new URL('https://northwind.zendesk.com/agent/search/1?q=refund'))).toBe(true);
    expect(zendeskList.isListPage(new URL('https://northwind.zendesk.com/agent/tickets/4821'))).toBe(false);
  });

  it('reads id, subject, requester, requester-updated date and the latest comment from the link title', () => {
    const { document, url } = fixturePage('zendesk', '2026-12-04-view-list.html', VIEW);
    const rows = zendeskList.readList(document, url)!;
    expect(rows.map((r) => r.key)).toEqual(['4833', '4821', '4829', '4835']);
    expect(rows[0]).toEqual({
      key: '4833',
      subject: 'Refund for order #1077 – I will file a chargeback',
      customer: { name: 'Grace Miller' },
      lastMessageAt: '2026-12-04T10:05:00.000Z',
      snippet: 'Three weeks and no refund. If it is not back on my card by Friday I will file a chargeback.',
      unread: false,
    });
  });

  it('opens a ticket by clicking its subject link; null on a ticket page', () => {
    const { document, url } = fixturePage('zendesk', '2026-12-04-view-list.html', VIEW);
    const clicked = vi.fn();
    document.addEventListener('click', (event) => {
      event.preventDefault();
      clicked((event.target as Element).getAttribute('href'));
    });
    expect(zendeskList.openRow(document, '4829')).toBe(true);
    expect(clicked).toHaveBeenCalledWith('/agent/tickets/4829');
    expect(zendeskList.openRow(document, '9999')).toBe(false);
    const ticket = fixturePage('zendesk', '2026-11-24-busy-page.html', 'https://northwind.zendesk.com/agent/tickets/4821');
    expect(zendeskList.readList(ticket.document, url)).toBeNull();
  });
});
