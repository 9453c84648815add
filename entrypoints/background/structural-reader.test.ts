import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routeMessage } from './message-router';
import { STRUCTURAL_READER_SCRIPT } from './structural-reader';

const injects = () =>
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async () => []) as unknown as typeof browser.scripting.executeScript);
const contentScript = { id: fakeBrowser.runtime.id, url: 'https://www.ebay.com/mesh/ord/messages/7', tab: { id: 7 }, frameId: 3 };

afterEach(() => vi.restoreAllMocks());

describe('the background injects the structural reader a site content script asks for', () => {
  it('into the asking frame of its tab, and says so', async () => {
    const injected = injects();
    expect(await routeMessage({ type: 'structuralReader' }, contentScript)).toBe(true);
    expect(injected).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [STRUCTURAL_READER_SCRIPT] });
  });

  it('answers false where the browser refuses (no host permission) or there is no tab (an extension page)', async () => {
    const injected = injects();
    expect(
      await routeMessage({ type: 'structuralReader' }, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') }),
    ).toBe(false);
    expect(injected).not.toHaveBeenCalled();
    injected.mockRejectedValue(new Error('Cannot access contents of the page'));
    expect(await routeMessage({ type: 'structuralReader' }, contentScript)).toBe(false);
  });

  it('never for another extension', () => {
    const injected = injects();
    expect(routeMessage({ type: 'structuralReader' }, { ...contentScript, id: 'another-extension' })).toBeUndefined();
    expect(injected).not.toHaveBeenCalled();
  });
});
