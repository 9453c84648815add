import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerRequest } from '@/lib/content-script/answer-request';
import { answerExtras } from '@/lib/content-script/extras-answers';
import { translator } from '@/lib/i18n/translator';
import type { SiteAdapter } from '@/lib/sites/types';
import type { TagApplier } from '@/lib/sites/tags/types';
import { applyTags } from './apply-tags';

const zendesk: SiteAdapter = {
  id: 'zendesk',
  matches: [],
  isTicketPage: () => true,
  readThread: () => null,
  findReplyBox: () => null,
  insertReply: async () => true,
};

/** The tab: the page-extras injection, and the content script answering with `tags` as its applier. */
function tabWith(tags: TagApplier | undefined) {
  browser.scripting.executeScript = vi.fn(async () => []) as never;
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { type: 'applyTags'; tags: string[] }) =>
    answerRequest(message, zendesk, undefined, { tags, answer: answerExtras })) as never);
}

afterEach(() => vi.restoreAllMocks());

describe('applyTags', () => {
  it("words the content script's failure codes in the interface language", async () => {
    const fr = translator('fr').t;
    tabWith(undefined);
    expect(await applyTags(1, ['vip'], 'zendesk', fr)).toEqual({ ok: false, message: fr('triage.tagsNoField') });
    tabWith({ readTags: () => [], applyTags: async () => Promise.reject(new Error('picker closed')) });
    expect(await applyTags(1, ['vip'], 'zendesk', fr)).toEqual({ ok: false, message: fr('triage.tagsRefused') });
  });

  it("passes on a tag applier's own account, and says which tags were added", async () => {
    const en = translator('en').t;
    tabWith({ readTags: () => [], applyTags: async () => ({ applied: ['vip'], message: 'refund was not offered by the picker' }) });
    expect(await applyTags(1, ['vip', 'refund'], 'zendesk', en)).toEqual({ ok: false, message: 'refund was not offered by the picker' });
    tabWith({ readTags: () => [], applyTags: async (_, wanted) => ({ applied: wanted }) });
    expect(await applyTags(1, ['vip'], 'zendesk', en)).toEqual({ ok: true, message: en('triage.tagsApplied.zendesk', { applied: 'vip' }) });
  });
});
