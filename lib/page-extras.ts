/**
 * Puts the page-extras script (entrypoints/page-extras.ts: list readers and tag appliers) into the
 * tab before a request that needs it. Injecting twice only installs the same hook again.
 */

/** Where WXT writes entrypoints/page-extras.ts. */
export const PAGE_EXTRAS_SCRIPT = '/page-extras.js';

export async function injectPageExtras(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PAGE_EXTRAS_SCRIPT] });
}
