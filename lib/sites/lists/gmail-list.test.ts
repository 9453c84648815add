import { describe, expect, it, vi } from 'vitest';
import { fixturePage } from '@/lib/sites/testing/fixture-page';
import { gmailList } from './gmail-list';

const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
/** Gmail shows local times; the expected instants are computed the same way, whatever the machine's zone. */
const local = (shown: string) => new Date(shown).toISOString();

describe('Gmail inbox list', () => {
  it('tells list routes from conversations', () => {
    expect(gmailList.isListPage(new URL(INBOX))).toBe(true);
    expect(gmailList.isListPage(new URL('https://mail.google.com/mail/u/0/#label/Orders'))).toBe(true);
    expect(gmailList.isListPage(new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRcvWmTpLxNsKjHdZqYwFbGt'))).toBe(false);
  });

  it('reads each customer row: sender email attribute, subject, snippet, date title; skips automated senders and "me"', () => {
    const { document, url } = fixturePage('gmail', '2026-12-04-inbox-list.html', INBOX);
    const rows = gmailList.readList(document, url)!;
    expect(rows.map((r) => r.customer.email)).toEqual([
      'liam.oconnor@example.net',
      'emma.schneider@example.com',
      'noah.fischer@example.org',
      'olivia.chen@example.com',
      'mateo.rossi@example.it',
    ]);
    expect(rows[1]).toEqual({
      key: '19a8c4e2f1b07d35',
      subject: 'Where is my order #1047?',
      customer: { name: 'Emma Schneider', email: 'emma.schneider@example.com' },
      lastMessageAt: local('Thu, Dec 3, 2026, 8:41 AM'),
      snippet: expect.stringMatching(/^Hi Ava, I got the shipping email on Friday/),
      unread: true,
    });
    expect(rows[4]).toMatchObject({ key: 'row:7', unread: false, lastMessageAt: local('Fri, Dec 4, 2026, 9:33 AM') });
  });

  it('reads the 2014 saved inbox (older markup: ".y6 span" subject, "at" in the date title)', () => {
    const page = fixturePage('gmail', '2026-12-04-inbox-list.html', INBOX);
    page.document.documentElement.innerHTML = `<title>Inbox - streak.web.test.1@gmail.com</title><div gh="tl"><table><tr class="zA zE"><td class="yX"><span class="zF" email="ann@example.com" name="Ann">Ann</span></td><td><div class="y6"><span><b>Broken vase</b></span></div></td><td class="xW"><span title="Thu, Dec 18, 2014 at 12:35 PM">12:35 pm</span></td></tr></table></div>`;
    expect(gmailList.readList(page.document, page.url)).toEqual([
      {
        key: 'row:0',
        subject: 'Broken vase',
        customer: { name: 'Ann', email: 'ann@example.com' },
        lastMessageAt: local('Thu, Dec 18, 2014, 12:35 PM'),
        snippet: '',
        unread: true,
      },
    ]);
  });

  it('returns null for a page with no visible list (a conversation is open)', () => {
    const { document, url } = fixturePage('gmail', '2026-11-24-busy-page.html', INBOX);
    expect(gmailList.readList(document, url)).toBeNull();
  });

  it('opens a row by clicking it as the agent would', () => {
    const { document } = fixturePage('gmail', '2026-12-04-inbox-list.html', INBOX);
    const clicked = vi.fn();
    document.addEventListener('click', (event) => clicked((event.target as Element).closest('tr')?.id));
    expect(gmailList.openRow(document, '19a8c4e2f1b07d35')).toBe(true);
    expect(gmailList.openRow(document, 'row:7')).toBe(true);
    expect(clicked.mock.calls).toEqual([[':ca'], [':d0']]);
    expect(gmailList.openRow(document, 'no-such-thread')).toBe(false);
  });
});
