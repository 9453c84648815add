import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '@/lib/sites/types';

const loadReaderWords = vi.fn<() => Promise<boolean>>();
const watchThread = vi.fn();
vi.mock('./reader-words-load', () => ({ loadReaderWords: () => loadReaderWords() }));
vi.mock('./watch-thread', () => ({ watchThread: (...args: unknown[]) => watchThread(...args) }));

const { runContentScript } = await import('./run');

const adapter: SiteAdapter = {
  id: 'zendesk',
  matches: [],
  isTicketPage: () => false,
  holdsNoConversation: () => true,
  readThread: () => null,
};
const ctx = {} as ContentScriptContext;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  // A site page, not a loopback fixture page (those answer only for the site their path names).
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://acme.zendesk.com/agent/dashboard');
  fakeBrowser.reset();
  loadReaderWords.mockReset();
  watchThread.mockReset();
});

describe('the page watcher starts after the first successful word-list load', () => {
  it('starts on a later request when the load at start failed, and only once', async () => {
    loadReaderWords.mockResolvedValueOnce(false).mockResolvedValue(true);
    runContentScript(ctx, adapter);
    await settle();
    expect(watchThread).not.toHaveBeenCalled();

    await fakeBrowser.runtime.onMessage.trigger({ type: 'getThread' }, {});
    expect(watchThread).toHaveBeenCalledTimes(1);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'getThread' }, {});
    expect(watchThread).toHaveBeenCalledTimes(1);
  });

  it('starts once when the load at start succeeds', async () => {
    loadReaderWords.mockResolvedValue(true);
    runContentScript(ctx, adapter);
    await settle();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'getThread' }, {});
    expect(watchThread).toHaveBeenCalledTimes(1);
  });

  it('does not start while no load succeeds', async () => {
    loadReaderWords.mockResolvedValue(false);
    runContentScript(ctx, adapter);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'getThread' }, {});
    await settle();
    expect(watchThread).not.toHaveBeenCalled();
  });
});
