import { renderAsync as render, cleanUp } from '@/components/testing/render';
import { afterEach, describe, expect, it } from 'vitest';
import type { TicketHistory } from '@/lib/history/group';
import { describeTicketHistory, isFirstContact, SupportHistory } from '@/components/support-history';
import { translator } from '@/lib/i18n/translator';

// Midday UTC, so "Nov 24" holds in every time zone between UTC−11 and UTC+11.
const parcel: TicketHistory = {
  ticketKey: 'gmail:thread:t1',
  site: 'gmail',
  ticketUrl: 'https://mail.google.com/mail/u/0/#inbox/t1',
  threadId: 't1',
  subject: 'Where is my parcel?',
  lastAt: '2026-11-24T12:30:00.000Z',
  seenCount: 3,
  lastSeenAt: '2026-11-24T12:00:00.000Z',
  replies: [{ at: '2026-11-24T12:30:00.000Z', templateId: 'starter.wismo-tracking' }],
};
const refund: TicketHistory = {
  ticketKey: 'gmail:thread:t0',
  site: 'gmail',
  ticketUrl: 'https://mail.google.com/mail/u/0/#inbox/t0',
  subject: '',
  lastAt: '2026-11-02T12:00:00.000Z',
  seenCount: 1,
  lastSeenAt: '2026-11-02T12:00:00.000Z',
  replies: [
    { at: '2026-11-02T12:00:00.000Z', templateId: 'ai-draft' },
    { at: '2026-11-01T12:00:00.000Z', templateId: 'deleted.template' },
  ],
};
const titles = new Map([['starter.wismo-tracking', 'Where is my order: tracking available']]);

afterEach(cleanUp);

describe('describeTicketHistory', () => {
  it('says how often the ticket was seen and what was inserted last', () => {
    expect(describeTicketHistory(parcel, titles)).toBe("Seen 3 times, last Nov 24 · replied with 'Where is my order: tracking available'");
    expect(describeTicketHistory(refund, titles)).toBe('Seen once, last Nov 2 · replied 2 times, last with an AI draft');
    expect(describeTicketHistory({ ...refund, replies: [refund.replies[1]!] }, titles)).toBe(
      "Seen once, last Nov 2 · replied with 'deleted.template'",
    );
    expect(
      describeTicketHistory(
        { ...parcel, seenCount: 0, lastSeenAt: undefined, replies: [{ at: parcel.lastAt, templateId: 'edited' }] },
        titles,
      ),
    ).toBe('replied with an edited reply');
  });

  it("speaks the agent's language: Korean counts and dates", () => {
    expect(describeTicketHistory(refund, titles, translator('ko'))).toBe('1회 확인, 마지막 11월 2일 · 2회 답장, 마지막은 AI 초안');
  });
});

describe('SupportHistory', () => {
  it('lists each earlier ticket with its line, marking the one on screen', async () => {
    const view = await render(<SupportHistory tickets={[parcel, refund]} templateTitles={titles} currentTicketKey="gmail:thread:t1" />);
    const items = [...view.querySelectorAll('[data-testid="support-history"] li')].map((li) => li.textContent);
    expect(items).toEqual([
      "Where is my parcel? (this ticket)Seen 3 times, last Nov 24 · replied with 'Where is my order: tracking available'",
      '(no subject)Seen once, last Nov 2 · replied 2 times, last with an AI draft',
    ]);
    expect(view.querySelector('a, button')).toBeNull();
  });

  it('shows first contact when nothing but this visit is known', async () => {
    const justNow: TicketHistory = { ...parcel, seenCount: 1, replies: [] };
    expect(isFirstContact([], undefined)).toBe(true);
    expect(isFirstContact([justNow], parcel.ticketKey)).toBe(true);
    expect(isFirstContact([justNow], 'gmail:thread:other')).toBe(false);
    expect(isFirstContact([{ ...justNow, seenCount: 2 }], parcel.ticketKey)).toBe(false);
    const view = await render(<SupportHistory tickets={[justNow]} templateTitles={titles} currentTicketKey={parcel.ticketKey} />);
    expect(view.querySelector('[data-testid="support-history"]')?.textContent).toContain(
      'First contact from this customer on this browser.',
    );
    expect(view.querySelector('li')).toBeNull();
  });
});
