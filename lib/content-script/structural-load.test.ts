import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readRoute } from '@/lib/sites/engine/read-route';
import { installStructuralReader } from '@/lib/sites/engine/structural-source';
import { ebay } from '@/lib/sites/ebay';
import { readStructurally } from '@/lib/sites/structural';
import { CONVERSATION_PAGE } from '@/lib/sites/testing/route-pages';
import { answerRequest } from './answer-request';
import { loadStructuralReader } from './structural-load';

const setUrl = (href: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(href);
/** The background's part: injecting the structural-reader script installs the reader in this frame. */
const backgroundInjects = () =>
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async () => {
    installStructuralReader(readStructurally);
    return true;
  }) as unknown as typeof browser.runtime.sendMessage);

beforeEach(() => {
  vi.stubEnv('STRUCTURAL_ON_DEMAND', 'true');
  // A route eBay does not declare, showing a conversation: only the structural reader reads it.
  setUrl('https://www.ebay.com/mesh/ord/messages/7');
  document.documentElement.innerHTML = CONVERSATION_PAGE;
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  installStructuralReader(undefined);
  document.documentElement.innerHTML = '';
});

describe("a site content script's structural reader, injected when a read needs it", () => {
  it('asks the background once, then answers the whole read, as the bundled reader reads it', async () => {
    const asked = backgroundInjects();
    const answer = await answerRequest({ type: 'getThread' }, ebay);
    expect(asked).toHaveBeenCalledWith({ type: 'structuralReader' });
    vi.unstubAllEnvs();
    const bundled = readRoute(document, new URL(location.href), { adapter: ebay }).thread;
    expect(bundled?.reader).toBe('structural');
    expect(answer).toEqual({ thread: bundled });
    vi.stubEnv('STRUCTURAL_ON_DEMAND', 'true');
    await answerRequest({ type: 'getThread' }, ebay);
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('answers what the site read without it when the background cannot inject it, and asks again next time', async () => {
    const asked = vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('no frame'));
    expect(await answerRequest({ type: 'getThread' }, ebay)).toEqual({ thread: null, reason: 'not-a-ticket-page' });
    expect(await loadStructuralReader()).toBe(false);
    expect(asked).toHaveBeenCalledTimes(2);
  });

  it('never asks for it when the site reads the page surely', async () => {
    const asked = backgroundInjects();
    const sure = {
      ...ebay,
      isTicketPage: () => true,
      readThread: () => ({
        site: 'ebay' as const,
        url: location.href,
        subject: 'Mug',
        customer: { name: 'Priya Nair' },
        messages: [{ author: { name: 'Priya Nair' }, role: 'customer' as const, text: 'Hello' }],
        confidence: 1,
      }),
    };
    expect(((await answerRequest({ type: 'getThread' }, sure)) as { thread: { reader: string } }).thread.reader).toBe('site');
    expect(asked).not.toHaveBeenCalled();
  });
});
