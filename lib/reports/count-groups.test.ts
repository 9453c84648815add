import { describe, expect, it } from 'vitest';
import { CountGroups } from '@/lib/reports/count-groups';
import { inserted, seen } from '@/lib/reports/testing/events';

describe('CountGroups', () => {
  it('counts a ticket once per group however often it was seen or answered', () => {
    const groups = new CountGroups();
    groups.add('gmail', 'Gmail', seen('t1', '2026-12-01'));
    groups.add('gmail', 'Gmail', inserted('t1', '2026-12-01', { edited: true }));
    groups.add('gmail', 'Gmail', inserted('t1', '2026-12-02'));
    expect(groups.sorted()).toEqual([{ key: 'gmail', label: 'Gmail', tickets: 1, inserts: 2, edited: 1 }]);
  });

  it('puts the group with most inserts first, then most tickets, then by key', () => {
    const groups = new CountGroups();
    groups.add('zendesk', 'Zendesk', seen('a', '2026-12-01'));
    groups.add('zendesk', 'Zendesk', seen('b', '2026-12-01'));
    groups.add('etsy', 'Etsy', seen('c', '2026-12-01'));
    groups.add('ebay', 'eBay', seen('d', '2026-12-01'));
    groups.add('outlook', 'Outlook', inserted('e', '2026-12-01'));
    expect(groups.sorted().map((row) => row.key)).toEqual(['outlook', 'zendesk', 'ebay', 'etsy']);
  });
});
