import { describe, expect, it } from 'vitest';
import { buildQueue } from '@/lib/queue/build-queue';

const NOW = new Date('2026-12-04T12:00:00Z');
const row = (key: string, snippet: string, hoursAgo: number | null, subject = 'Hello') => ({
  key,
  subject,
  snippet,
  customer: { name: key, email: `${key}@example.com` },
  ...(hoursAgo === null ? {} : { lastMessageAt: new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString() }),
  unread: true,
});

describe('the Queue order', () => {
  it('puts urgent first, then high, normal, low; longest wait first within a priority; undated last', () => {
    const queue = buildQueue(
      [
        row('thanks', 'Thank you, it arrived safely!', 1),
        row('wismo-new', 'Where is my parcel? It has not arrived.', 2),
        row('wismo-old', 'Where is my parcel? It has not arrived.', 10),
        row('undated', 'Where is my parcel? It has not arrived.', null),
        row('late', 'Where is my parcel? It has not arrived.', 30),
        row('legal', 'My lawyer will contact you about the refund.', 1),
      ],
      'gmail',
      NOW,
    );
    expect(queue.map((e) => [e.key, e.priority])).toEqual([
      ['legal', 'urgent'],
      ['late', 'high'],
      ['wismo-old', 'normal'],
      ['wismo-new', 'normal'],
      ['undated', 'normal'],
      ['thanks', 'low'],
    ]);
    expect(queue[1]).toMatchObject({
      reasons: ['sla_breach'],
      waitingHours: 30,
      intent: 'where_is_my_order',
      customer: { name: 'late', email: 'late@example.com' },
    });
  });
});
