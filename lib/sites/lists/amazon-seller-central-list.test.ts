import { describe, expect, it, vi } from 'vitest';
import { fixturePage } from '@/lib/sites/testing/fixture-page';
import { buildQueue } from '@/lib/queue/build-queue';
import { amazonSellerCentralList } from './amazon-seller-central-list';

const INBOX = 'https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED';

describe('Seller Central message list', () => {
  it('reads buyer, subject, order line and machine-readable date per row', () => {
    const { document, url } = fixturePage('amazon-seller-central', '2026-12-04-waiting-30-hours.html', INBOX);
    const rows = amazonSellerCentralList.readList(document, url)!;
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual({
      key: 'A1QH8ZP3RB6TNW',
      subject: 'Opening an A-to-z claim if no refund today',
      customer: { name: 'Marcus Hill' },
      lastMessageAt: '2026-12-04T10:15:00.000Z',
      snippet: 'Order 112-7730215-4419806 · Amazon.com',
      unread: true,
    });
  });

  it('leaves out a date with no year ("Nov 24") rather than guess it', () => {
    const { document, url } = fixturePage('amazon-seller-central', '2026-11-24-buyer-waiting.html', INBOX);
    const rows = amazonSellerCentralList.readList(document, url)!;
    expect(rows.map((r) => [r.customer.name, r.lastMessageAt])).toEqual([
      ['Sophie Martin', undefined],
      ['Daniel Weber', undefined],
    ]);
  });

  it('orders the Queue: Amazon past 24 hours and an A-to-z threat first, thanks last', () => {
    const { document, url } = fixturePage('amazon-seller-central', '2026-12-04-waiting-30-hours.html', INBOX);
    const queue = buildQueue(amazonSellerCentralList.readList(document, url)!, 'amazon-seller-central', new Date('2026-12-04T12:00:00Z'));
    expect(queue.map((e) => [e.customer.name, e.priority, e.reasons])).toEqual([
      ['Sophie Martin', 'urgent', ['sla_breach']],
      ['Marcus Hill', 'urgent', ['a_to_z_claim']],
      ['Daniel Weber', 'normal', ['none']],
      ['Hannah Price', 'low', ['none']],
    ]);
  });

  it('opens a row by clicking its link; null list on a page without one', () => {
    const { document } = fixturePage('amazon-seller-central', '2026-12-04-waiting-30-hours.html', INBOX);
    const clicked = vi.fn();
    document.addEventListener('click', (event) => {
      event.preventDefault();
      clicked((event.target as Element).getAttribute('href'));
    });
    expect(amazonSellerCentralList.openRow(document, 'A3G7P2MWN9C4JD')).toBe(true);
    expect(clicked).toHaveBeenCalledWith('?fi=RESPONSE_NEEDED&t=A3G7P2MWN9C4JD');
    const empty = fixturePage('gmail', '2026-11-24-busy-page.html', INBOX);
    expect(amazonSellerCentralList.readList(empty.document, empty.url)).toBeNull();
  });
});
