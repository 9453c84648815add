import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { installStructuralReader } from '@/lib/sites/engine/structural-source';
import { ebay } from '@/lib/sites/ebay';
import { readStructurally } from '@/lib/sites/structural';
import { CONVERSATION_PAGE } from '@/lib/sites/testing/route-pages';
import { TEST_NOW } from '@/tests/setup/fixed-clock';
import { watchThread } from './watch-thread';

const setUrl = (href: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(href);
const stops: (() => void)[] = [];
const ctx = {
  setTimeout: (run: () => void, ms: number) => window.setTimeout(run, ms),
  addEventListener: (target: EventTarget, type: string, listener: EventListener) => target.addEventListener(type, listener),
  onInvalidated: (stop: () => void) => stops.push(stop),
} as unknown as ContentScriptContext;

beforeEach(() => {
  vi.useFakeTimers({ now: TEST_NOW });
  vi.stubEnv('STRUCTURAL_ON_DEMAND', 'true');
  // A route eBay does not declare, showing a conversation: only the structural reader reads it.
  setUrl('https://www.ebay.com/mesh/ord/messages/7');
  document.documentElement.innerHTML = CONVERSATION_PAGE;
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  installStructuralReader(undefined);
  vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'], shouldAdvanceTime: true });
  document.documentElement.innerHTML = '';
});

/** Starts eBay's thread watcher and gives back what it announced within `ms`. */
async function announcedIn(ms: number): Promise<string[]> {
  const changes: string[] = [];
  watchThread(
    ctx,
    () => ebay,
    { profiles: [] },
    () => changes.push(location.href),
  );
  await vi.advanceTimersByTimeAsync(ms);
  return changes;
}

describe("the thread watcher of a site's content script, before the structural reader is injected", () => {
  it('has it injected when a read needs it and announces the conversation it then reads, with no change on the page', async () => {
    const asked = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async () => {
      installStructuralReader(readStructurally);
      return true;
    }) as unknown as typeof browser.runtime.sendMessage);
    const changes = await announcedIn(2_000);
    expect(asked).toHaveBeenCalledWith({ type: 'structuralReader' });
    expect(changes).toEqual(['https://www.ebay.com/mesh/ord/messages/7']);
  });

  it('announces nothing when the background could not inject it', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('no frame'));
    const changes = await announcedIn(2_000);
    expect(changes).toEqual([]);
  });
});
