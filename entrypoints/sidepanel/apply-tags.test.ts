import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '@/lib/i18n/translator';
import { applyTags } from './apply-tags';

const t = { ko: translator('ko').t, de: translator('de').t, ja: translator('ja').t };

function tabAnswers(response: unknown) {
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async () => []) as unknown as typeof browser.scripting.executeScript);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async () => response) as unknown as typeof browser.tabs.sendMessage);
}

afterEach(() => vi.restoreAllMocks());

describe('Apply tags: the content script’s reason code, worded in the agent’s language', () => {
  it('names the site and the tags it did not take', async () => {
    tabAnswers({ ok: false, applied: ['vip'], reason: 'not-taken', missing: ['sla-breach', 'refund'] });
    expect(await applyTags(3, ['vip', 'sla-breach', 'refund'], 'zendesk', t.ko)).toEqual({
      ok: false,
      message: 'Zendesk에 추가되지 않은 태그: sla-breach, refund.',
    });
    expect((await applyTags(3, ['vip'], 'help-scout', t.de)).message).toBe(
      'Help Scout hat diese Tags nicht übernommen: sla-breach, refund.',
    );
  });

  it('words Gmail’s label problems and a page with no tags field', async () => {
    tabAnswers({ ok: false, applied: [], reason: 'gmail-no-label', missing: ['chargeback'] });
    expect((await applyTags(3, ['chargeback'], 'gmail', t.ja)).message).toBe(
      'Gmail に「chargeback」という名前のラベルがありません。Gmail でラベルを作成するか、タグをコピーしてください。',
    );
    tabAnswers({ ok: false, applied: [], reason: 'no-tags-field' });
    expect((await applyTags(3, ['vip'], 'freshdesk', t.ko)).message).toBe(
      '이 티켓에는 Freshdesk 태그 필드가 보이지 않습니다. 대신 태그를 복사하십시오.',
    );
  });

  it('drops an English sentence a content script might send; without a code, the common reason', async () => {
    tabAnswers({ ok: false, applied: [], message: 'Zendesk did not take: vip.' });
    const outcome = await applyTags(3, ['vip'], 'zendesk', t.ko);
    expect(outcome).toEqual({ ok: false, message: t.ko('triage.tagsNotApplied') });
  });

  it('says what to do next when the tags were added', async () => {
    tabAnswers({ ok: true, applied: ['vip'] });
    expect((await applyTags(3, ['vip'], 'freshdesk', t.ko)).message).toBe(t.ko('triage.tagsApplied.freshdesk', { applied: 'vip' }));
  });
});
