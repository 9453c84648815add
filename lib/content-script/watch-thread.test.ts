import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ebay } from '@/lib/sites/ebay';
import { generic } from '@/lib/sites/generic';
import { TEST_NOW } from '@/tests/setup/fixed-clock';
import { CONVERSATION_PAGE, MESSAGE_LIST_PAGE } from '@/lib/sites/testing/route-pages';
import { watchThread, waitAfterMisses } from './watch-thread';

const setUrl = (href: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(href);
const fakeContext = () => {
  const stops: (() => void)[] = [];
  const ctx = {
    setTimeout: (run: () => void, ms: number) => window.setTimeout(run, ms),
    addEventListener: (target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, listener, options),
    onInvalidated: (stop: () => void) => stops.push(stop),
  } as unknown as ContentScriptContext;
  return { ctx, stop: () => stops.forEach((stop) => stop()) };
};

let stop = () => {};
afterEach(() => {
  stop();
  vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'], shouldAdvanceTime: true });
  document.documentElement.innerHTML = '';
});

/** Ten seconds of DOM churn, a mutation every 100 ms; returns how many times the page was read. */
async function churn(reads: () => number): Promise<number> {
  const before = reads();
  for (let tick = 0; tick < 100; tick++) {
    document.body.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(100);
  }
  return reads() - before;
}

/** Watches eBay's message list (a route with no conversation); returns how many times the page was read. */
function watchMessageList(onChange: () => void): () => number {
  vi.useFakeTimers({ now: TEST_NOW });
  setUrl('https://www.ebay.com/mesh/ord/messages/7');
  document.documentElement.innerHTML = MESSAGE_LIST_PAGE;
  let reads = 0;
  const counted = { ...ebay, structuralHints: () => (reads++, ebay.structuralHints()) };
  const watcher = fakeContext();
  stop = watcher.stop;
  watchThread(watcher.ctx, () => counted, { profiles: [] }, onChange);
  return () => reads;
}

describe('the thread watcher on a route the site does not know', () => {
  it('reads a page without a conversation less and less often while it churns, and announces a conversation that appears', async () => {
    const changes: string[] = [];
    const reads = watchMessageList(() => changes.push(location.href));
    // Every settled mutation would read 40 times in 10 s; the misses double the wait up to its cap.
    const churned = await churn(reads);
    expect(churned).toBeLessThanOrEqual(10);
    expect(changes).toEqual([]);

    document.querySelector('main')!.outerHTML = CONVERSATION_PAGE.slice(CONVERSATION_PAGE.indexOf('<main>'));
    await vi.advanceTimersByTimeAsync(waitAfterMisses(99));
    expect(changes).toEqual(['https://www.ebay.com/mesh/ord/messages/7']);
  });

  it('reads the page again when a frame in it loads (a mail body in srcdoc), which no mutation of the page shows', async () => {
    const reads = watchMessageList(() => undefined);
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>Hello</p>';
    document.body.append(frame);
    await vi.advanceTimersByTimeAsync(waitAfterMisses(99));
    const before = reads();
    frame.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(waitAfterMisses(99));
    expect(reads()).toBe(before + 1);
  });

  it('waits 250 ms after a read that found something, and doubles up to 8 s after misses', () => {
    expect([0, 1, 2, 5, 6, 40].map(waitAfterMisses)).toEqual([250, 500, 1000, 8000, 8000, 8000]);
  });
});

describe('the thread watcher on a page of web components', () => {
  it('reads a conversation a component renders later inside its open shadow root, which the page observer does not see', async () => {
    vi.useFakeTimers({ now: TEST_NOW });
    setUrl('https://support.example/cases/4410');
    document.documentElement.innerHTML = '<head><title>Case 4410</title></head><body><main><x-case-feed></x-case-feed></main></body>';
    const feed = document.querySelector('x-case-feed')!.attachShadow({ mode: 'open' });
    const changes: string[] = [];
    const watcher = fakeContext();
    stop = watcher.stop;
    watchThread(
      watcher.ctx,
      () => generic,
      { profiles: [] },
      () => changes.push(location.href),
    );

    const post = (name: string, time: string, text: string) =>
      `<div class="post"><span class="author">${name}</span> <time datetime="${time}">${time}</time><p>${text}</p></div>`;
    feed.innerHTML = `<h1>Blender jar cracked</h1><div class="posts">${post('Ines Moreau', '2026-12-01T08:00:00Z', 'The blender jar I received has a crack along the side, can I get a new one?')}${post('Desk Team', '2026-12-01T09:30:00Z', 'We are sorry to hear that, a replacement jar ships tomorrow morning.')}</div>`;
    await vi.advanceTimersByTimeAsync(waitAfterMisses(99));
    expect(changes).toEqual(['https://support.example/cases/4410']);
  });

  it('walks the page once per check: the walk that finds the roots to observe serves the read', async () => {
    vi.useFakeTimers({ now: TEST_NOW });
    setUrl('https://support.example/cases/4411');
    document.documentElement.innerHTML = '<body><main><x-case-feed></x-case-feed><p>Loading the case</p></main></body>';
    document.querySelector('x-case-feed')!.attachShadow({ mode: 'open' }).innerHTML = '<p>No posts yet</p>';
    let reads = 0;
    const counted = { ...generic, readThread: (page: Document, url: URL) => (reads++, generic.readThread(page, url)) };
    const watcher = fakeContext();
    stop = watcher.stop;
    // A scan of the page starts its tree walker at the document itself; other walkers start inside it.
    const walker = vi.spyOn(document, 'createTreeWalker');
    const pageWalks = () => walker.mock.calls.filter(([root]) => root === document).length;
    watchThread(
      watcher.ctx,
      () => counted,
      { profiles: [] },
      () => undefined,
    );
    for (let tick = 0; tick < 3; tick++) {
      document.querySelector('main')!.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(waitAfterMisses(99));
    }
    const walks = pageWalks();
    walker.mockRestore();
    expect(reads).toBe(4);
    expect(walks).toBe(reads);
  });
});
