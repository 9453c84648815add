import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '@/lib/i18n/translator';
import { answerRequest } from '@/lib/content-script/answer-request';
import type { SiteAdapter } from '@/lib/sites/types';
import { insertReply } from './insert-reply';

/** The content script's side: answerRequest with an adapter whose insert does `insert`. */
function tabWith(adapter: SiteAdapter | null) {
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { type: 'insertReply'; text: string }) =>
    answerRequest(message, adapter)) as never);
}
const adapter = (insert: () => Promise<boolean>): SiteAdapter => ({
  id: 'zendesk',
  matches: [],
  isTicketPage: () => true,
  readThread: () => null,
  findReplyBox: () => null,
  insertReply: insert,
});

afterEach(() => vi.restoreAllMocks());

describe('insertReply', () => {
  it("words the content script's failure codes in the interface language", async () => {
    const ko = translator('ko').t;
    tabWith(adapter(async () => false));
    expect(await insertReply(1, 'Hi', ko)).toEqual({ ok: false, message: ko('insert.boxNotOpened') });
    tabWith(adapter(async () => Promise.reject(new Error('editor refused'))));
    expect(await insertReply(1, 'Hi', ko)).toEqual({ ok: false, message: ko('insert.refused') });
    tabWith(null);
    const de = translator('de').t;
    expect(await insertReply(1, 'Hi', de)).toEqual({ ok: false, message: de('insert.unknownPage') });
    expect(de('insert.unknownPage')).toMatch(/Seite/);
  });

  it('says it is done, or that the page did not answer', async () => {
    const en = translator('en').t;
    tabWith(adapter(async () => true));
    expect(await insertReply(1, 'Hi', en)).toEqual({ ok: true, message: en('insert.done') });
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await insertReply(1, 'Hi', en)).toEqual({ ok: false, message: en('insert.noAnswer') });
  });
});
