/**
 * The body of every per-site content script: answers getThread / insertReply with that site's
 * adapter and announces thread changes. Each site has its own content script bundling only its
 * own adapter, which keeps every script small. No React, no zod classic, no heavy libraries:
 * stripping, entities, language and intent happen in the panel.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToExtension } from '@/lib/messaging';
import { parseContentRequest } from '@/lib/schemas/content-messages';
import { asFixturePage, fixtureReadBudget, fixtureSiteOf, isLoopback } from '@/lib/sites/fixture-pages';
import type { SiteAdapter } from '@/lib/sites/types';
import { answerRequest, type ProfileMemory } from './answer-request';
import { loadReaderWords } from './reader-words-load';
import { watchThread } from './watch-thread';

/** Only test and demo builds read loopback fixture pages: the production build leaves the fixture table out. */
const FIXTURE_BUILD = import.meta.env.MODE !== 'production';

export function runContentScript(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const adapterForPage = (): SiteAdapter | null => {
    const url = new URL(location.href);
    if (!FIXTURE_BUILD || !isLoopback(url)) return adapter;
    // Test and demo builds inject every site's script on loopback; only the page's own site answers.
    return fixtureSiteOf(url) === adapter.id ? asFixturePage(adapter) : null;
  };
  if (!adapterForPage()) return;
  // A test page may set its own page-read budget (test builds only).
  const memory: ProfileMemory = { profiles: [], ...(FIXTURE_BUILD ? { budgetMs: fixtureReadBudget(new URL(location.href)) } : {}) };

  // The watcher reads the page at once, so it starts with the word lists: after the first load that
  // succeeds, whether at start or on a later request (the background may not have answered at start).
  let watching = false;
  const startWatching = (loaded: boolean) => {
    if (!loaded || watching) return;
    watching = true;
    watchThread(ctx, adapterForPage, memory, () => {
      // The panel may be closed: nobody listening is not an error.
      sendToExtension({ type: 'threadChanged', url: location.href }).catch(() => undefined);
    });
  };

  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = parseContentRequest(message);
    if (!request) return undefined;
    return loadReaderWords().then((loaded) => {
      startWatching(loaded);
      return answerRequest(request, adapterForPage(), memory);
    });
  });
  loadReaderWords().then(startWatching);
}
