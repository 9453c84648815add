/**
 * Reads the open ticket with the adapter for this page and inserts replies into the page's own
 * reply box. No React, no zod classic, no heavy libraries: stripping, entities, language and
 * intent happen in the panel (lib/ticket, lib/suggest).
 */
import { adapterForUrl } from '@/lib/sites/index';
import { CONTENT_MATCHES } from '@/lib/sites/matches';
import { ContentRequestSchema } from '@/lib/schemas/messages';
import { sendToExtension } from '@/lib/messaging';
import { answerRequest } from './answer-request';
import { watchThread } from './watch-thread';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  main(ctx) {
    browser.runtime.onMessage.addListener((message: unknown) => {
      const request = ContentRequestSchema.safeParse(message);
      if (!request.success) return undefined;
      return answerRequest(request.data, adapterForUrl(new URL(location.href)));
    });
    watchThread(ctx, () => {
      // The panel may be closed: nobody listening is not an error.
      sendToExtension({ type: 'threadChanged', url: location.href }).catch(() => undefined);
    });
  },
});
