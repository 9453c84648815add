import { injectScript } from '@/lib/inject-script';

/** Where WXT writes entrypoints/page-extras.ts (list readers and tag appliers). */
export const PAGE_EXTRAS_SCRIPT = '/page-extras.js';

/** Puts the page-extras script into the tab before a request that needs it (the Queue, Apply tags). */
export async function injectPageExtras(tabId: number): Promise<void> {
  await injectScript(tabId, PAGE_EXTRAS_SCRIPT);
}
