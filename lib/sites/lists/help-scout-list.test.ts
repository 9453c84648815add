import { describe, expect, it, vi } from 'vitest';
import { fixturePage } from '@/lib/sites/testing/fixture-page';
import { helpScoutList } from './help-scout-list';

const FOLDER = 'https://secure.helpscout.net/mailbox/8bdaa0e6241e867f/321418/';

describe('Help Scout mailbox list', () => {
  it('tells a mailbox or folder from a conversation and other pages', () => {
    expect(helpScoutList.isListPage(new URL(FOLDER))).toBe(true);
    expect(helpScoutList.isListPage(new URL('https://secure.helpscout.net/mailbox/8bdaa0e6241e867f/'))).toBe(true);
    expect(helpScoutList.isListPage(new URL('https://secure.helpscout.net/conversation/2901441207/1183/'))).toBe(false);
    expect(helpScoutList.isListPage(new URL('https://secure.helpscout.net/mailbox/8bdaa0e6241e867f/new-ticket/'))).toBe(false);
  });

  it('reads customer name and email, subject, preview, time and unread per row', () => {
    const { document, url } = fixturePage('help-scout', '2026-12-04-mailbox-list.html', FOLDER);
    const rows = helpScoutList.readList(document, url)!;
    expect(rows.map((r) => r.key)).toEqual(['2901441207', '2901437780', '2901430112']);
    expect(rows[0]).toEqual({
      key: '2901441207',
      subject: '注文 #1101 の返金について',
      customer: { name: '佐藤 健二', email: 'kenji.sato@example.jp' },
      lastMessageAt: '2026-12-04T06:30:00.000Z',
      snippet: '返金がまだ届いていません。カード会社に異議申し立てをする前にご連絡ください。',
      unread: true,
    });
    expect(rows[1]).toMatchObject({ customer: { name: 'Olivia Brown', email: 'olivia.brown@example.com' }, unread: false });
  });

  it('opens a conversation by clicking its link; null on a conversation page', () => {
    const { document, url } = fixturePage('help-scout', '2026-12-04-mailbox-list.html', FOLDER);
    const clicked = vi.fn();
    document.addEventListener('click', (event) => {
      event.preventDefault();
      clicked((event.target as Element).closest('a')?.getAttribute('href'));
    });
    expect(helpScoutList.openRow(document, '2901430112')).toBe(true);
    expect(clicked).toHaveBeenCalledWith('/conversation/2901430112/1171/');
    expect(helpScoutList.openRow(document, 'row:1')).toBe(true);
    expect(clicked).toHaveBeenLastCalledWith('/conversation/2901437780/1179/');
    expect(helpScoutList.openRow(document, '1')).toBe(false);
    const conversation = fixturePage('help-scout', '2026-11-24-customer-waiting.html', 'https://secure.helpscout.net/conversation/1/2/');
    expect(helpScoutList.readList(conversation.document, url)).toBeNull();
  });
});
