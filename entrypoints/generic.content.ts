/**
 * The generic reader, never in the manifest: the background injects it on demand (context menu,
 * keyboard shortcut — both grant activeTab) or registers it for origins the agent allowed
 * ("Always read this site"). It reads the page with the generic adapter, or the selection the
 * agent chose as the ticket.
 */
import { loadReaderWords } from '@/lib/content-script/reader-words-load';
import { runContentScript } from '@/lib/content-script/run';
import { sendToExtension } from '@/lib/messaging';
import { GetThreadRequestSchema } from '@/lib/schemas/content-messages';
import { safeParse } from '@/lib/schemas/core-schemas';
import { GenericReadRequestSchema, type GenericReadResponse } from '@/lib/schemas/generic-read-messages';
import { generic } from '@/lib/sites/generic';
import { chooseSelection, withSelection } from '@/lib/sites/generic-selection';
import { CONTENT_MATCHES } from '@/lib/sites/matches';
import { matchesPattern } from '@/lib/sites/match-pattern';
import { readerWordsLoaded } from '@/lib/sites/reader-words';

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const reader = withSelection(generic, () => location.href);
    // Where a site's own adapter reads the page, the generic reader only stands in for a selection.
    const ownAdapter = CONTENT_MATCHES.some((pattern) => matchesPattern(pattern, new URL(location.href)));
    if (!ownAdapter) runContentScript(ctx, reader.adapter);
    loadReaderWords();

    const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void): undefined => {
      // Answered synchronously so the agent's selection wins over a site script that answers later.
      if (reader.hasSelection() && readerWordsLoaded() && safeParse(GetThreadRequestSchema, message).success) {
        sendResponse({ thread: reader.adapter.readThread(document, new URL(location.href)) });
        return undefined;
      }
      const request = safeParse(GenericReadRequestSchema, message);
      if (!request.success) return undefined;
      const live = window.getSelection()?.toString() ?? '';
      // biome-ignore lint/correctness/useHookAtTopLevel: useSelection is the reader's method, not a React hook.
      reader.useSelection(chooseSelection(request.data.use, live, request.data.selection));
      const response: GenericReadResponse = { ok: true, reading: reader.hasSelection() ? 'selection' : 'page' };
      sendResponse(response);
      // An open panel re-reads the tab (once the word lists are here); a closed one reads it when it opens.
      loadReaderWords().then(() => sendToExtension({ type: 'threadChanged', url: location.href }).catch(() => undefined));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
