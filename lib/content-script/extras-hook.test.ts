import { afterEach, describe, expect, it } from 'vitest';
import type { SiteAdapter } from '@/lib/sites/types';
import type { ListReader } from '@/lib/sites/lists/types';
import type { TagApplier } from '@/lib/sites/tags/types';
import { answerRequest } from './answer-request';
import { answerExtras } from './extras-answers';
import { installedExtras, installPageExtras } from './extras-hook';

const gmail: SiteAdapter = {
  id: 'gmail',
  matches: [],
  isTicketPage: () => true,
  readThread: () => null,
};
const row = { key: 'abc', subject: 'Where is my order?', customer: { name: 'Emma' }, snippet: 'Hi', unread: true };
const list: ListReader = { id: 'gmail', isListPage: () => true, readList: () => [row], openRow: (_, key) => key === 'abc' };
const tags: TagApplier = { readTags: () => [], applyTags: async (_, wanted) => ({ applied: wanted }) };

afterEach(() => installPageExtras(undefined));

describe('the page extras the panel injects', () => {
  it('are absent until injected: the tab answers "no list" and "no tags field"', async () => {
    expect(installedExtras('gmail')).toEqual({});
    expect(await answerRequest({ type: 'getList' }, gmail)).toEqual({ site: 'gmail', rows: null });
    expect(await answerRequest({ type: 'openListRow', key: 'abc' }, gmail)).toEqual({ ok: false });
    expect(await answerRequest({ type: 'applyTags', tags: ['vip'] }, gmail)).toEqual({ ok: false, applied: [], reason: 'no-applier' });
  });

  it("once installed, give the content script its site's list reader and tag applier", async () => {
    installPageExtras((site) => (site === 'gmail' ? { list, tags, answer: answerExtras } : {}));
    expect(installedExtras('zendesk')).toEqual({});
    expect(await answerRequest({ type: 'getList' }, gmail)).toEqual({ site: 'gmail', rows: [row] });
    expect(await answerRequest({ type: 'openListRow', key: 'abc' }, gmail)).toEqual({ ok: true });
    expect(await answerRequest({ type: 'applyTags', tags: ['vip'] }, gmail)).toEqual({ ok: true, applied: ['vip'] });
  });
});
