/**
 * Injects the structural reader (entrypoints/structural-reader.ts) into the frame whose content script
 * (a site's, or the generic reader) asked for it: that script reads with it once it is there
 * (lib/sites/engine/structural-source.ts). Only our own file, only into the asking frame, only where
 * the extension already reads (its host permissions, an origin the agent allowed, or the activeTab
 * grant the generic reader was injected with): a frame elsewhere is refused by the browser and
 * answered false.
 */
/** Where WXT writes entrypoints/structural-reader.ts. */
export const STRUCTURAL_READER_SCRIPT = '/structural-reader.js';

export interface ContentScriptSender {
  tab?: { id?: number };
  frameId?: number;
}

export async function injectStructuralReader({ tab, frameId }: ContentScriptSender): Promise<boolean> {
  if (tab?.id === undefined || frameId === undefined) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [frameId] }, files: [STRUCTURAL_READER_SCRIPT] });
    return true;
  } catch {
    return false;
  }
}
