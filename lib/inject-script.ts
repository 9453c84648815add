/**
 * Puts one of the extension's on-demand scripts (page extras, page snapshot, the generic reader)
 * into a tab's top frame, in the extension's isolated world. Injecting twice runs the script again,
 * which only installs the same hook again.
 */
export async function injectScript(tabId: number, file: string): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
}
