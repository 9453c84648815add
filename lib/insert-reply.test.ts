import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '@/lib/i18n/translator';
import { insertReply } from './insert-reply';

const ko = translator('ko').t;

function tabAnswers(response: unknown) {
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async () => []) as unknown as typeof browser.scripting.executeScript);
  return vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async () => response) as unknown as typeof browser.tabs.sendMessage);
}

afterEach(() => vi.restoreAllMocks());

describe('insertReply in the agent’s language', () => {
  it('injects the page-extras script, which brings the inserters, before asking for the insert', async () => {
    const asked = tabAnswers({ ok: true });
    const injected = vi.mocked(browser.scripting.executeScript);
    await insertReply(7, 'Hello', ko);
    expect(injected).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/page-extras.js'] });
    expect(injected.mock.invocationCallOrder[0]!).toBeLessThan(asked.mock.invocationCallOrder[0]!);
  });

  it('words each reason code the content script sends', async () => {
    tabAnswers({ ok: false, reason: 'no-reply-box' });
    expect(await insertReply(7, '안녕하세요', ko)).toEqual({
      ok: false,
      message: '이 페이지에서 답장 입력란을 찾거나 열지 못했습니다. 입력란을 연 뒤 다시 시도하십시오.',
    });
    tabAnswers({ ok: false, reason: 'page-refused' });
    expect((await insertReply(7, '안녕하세요', ko)).message).toBe(ko('insert.failure.page-refused'));
    tabAnswers({ ok: false, reason: 'unknown-page' });
    expect((await insertReply(7, '안녕하세요', ko)).message).toBe(ko('insert.failure.unknown-page'));
    tabAnswers({ ok: true });
    expect(await insertReply(7, '안녕하세요', ko)).toEqual({ ok: true, message: ko('insert.done') });
  });

  it('never shows a sentence a content script wrote: an English `message` is dropped, its code is worded', async () => {
    tabAnswers({ ok: false, reason: 'no-reply-box', message: 'The reply box could not be found or opened on this page.' });
    const outcome = await insertReply(7, 'Hello', ko);
    expect(outcome.message).toBe(ko('insert.failure.no-reply-box'));
    expect(outcome.message).not.toMatch(/[A-Za-z]{3}/);
    // Without a code (a page that said nothing useful), the common reason, still in Korean.
    tabAnswers({ ok: false, message: 'The reply box could not be found.' });
    expect((await insertReply(7, 'Hello', ko)).message).toBe(ko('insert.failure.no-reply-box'));
  });

  it('says the page did not answer when the answer is not one it knows', async () => {
    tabAnswers({ ok: false, reason: 'the editor exploded' });
    expect(await insertReply(7, 'Hello', ko)).toEqual({ ok: false, message: ko('insert.noAnswer') });
  });
});
