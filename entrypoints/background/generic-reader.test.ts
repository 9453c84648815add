import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMenus, onMenuClick, onReadCommand, READ_PAGE_MENU, USE_SELECTION_MENU } from './generic-reader';
import { uiLanguageSetting } from '@/lib/settings';

const TAB = { id: 5, windowId: 2 };

/** A tab whose page may or may not be scripted, with or without the generic reader already in it. */
function fakeTab({ scriptable = true, readerPresent = false } = {}) {
  const told: unknown[] = [];
  const injected: Array<{ target: unknown; files: string[] }> = [];
  let present = readerPresent;
  browser.scripting.executeScript = (async (details: { target: unknown; files: string[] }) => {
    if (!scriptable) throw new Error('Cannot access a chrome:// URL');
    injected.push(details);
    present = true;
    return [];
  }) as never;
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: { use: string }) => {
    if (!present) throw new Error('Could not establish connection. Receiving end does not exist.');
    told.push(message);
    return { ok: true, reading: message.use === 'page' ? 'page' : 'selection' };
  }) as never);
  const panel = vi.fn(async () => undefined);
  browser.sidePanel = { open: panel } as never;
  const badge = vi.fn(async () => undefined);
  browser.action.setBadgeText = badge as never;
  browser.action.setTitle = vi.fn(async () => undefined) as never;
  return { told, injected, panel, badge };
}

describe('reading a page on the agent’s request', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('offers "read this page" on pages and "Use selection as ticket" on selections', async () => {
    const created: unknown[] = [];
    browser.contextMenus.removeAll = vi.fn(async () => undefined) as never;
    browser.contextMenus.create = vi.fn((item: unknown) => created.push(item)) as never;
    await createMenus();
    expect(created).toEqual([
      { id: READ_PAGE_MENU, title: 'Deskpilot: read this page', contexts: ['page', 'frame'] },
      { id: USE_SELECTION_MENU, title: 'Use selection as ticket', contexts: ['selection'] },
    ]);
  });

  it('names the menu items in the interface language chosen in Settings', async () => {
    const created: Array<{ title: string }> = [];
    browser.contextMenus.removeAll = vi.fn(async () => undefined) as never;
    browser.contextMenus.create = vi.fn((item: { title: string }) => created.push(item)) as never;
    await uiLanguageSetting.set('ko');
    await createMenus();
    expect(created.map((item) => item.title)).toEqual(['Deskpilot: 이 페이지 읽기', '선택한 텍스트를 티켓으로 사용']);
  });

  it('opens the panel, injects the generic reader into the top frame and hands it the selection', async () => {
    const tab = fakeTab();
    expect(await onMenuClick({ menuItemId: USE_SELECTION_MENU, selectionText: 'Where is order #4521?' }, TAB)).toBe(true);
    expect(tab.panel).toHaveBeenCalledWith({ windowId: 2 });
    expect(tab.injected).toEqual([{ target: { tabId: 5, frameIds: [0] }, files: ['content-scripts/generic.js'] }]);
    expect(tab.told).toEqual([{ type: 'genericRead', use: 'selection', selection: 'Where is order #4521?' }]);
    expect(tab.badge).toHaveBeenLastCalledWith({ tabId: 5, text: '' });
  });

  it('does not inject a second reader into a tab that has one', async () => {
    const tab = fakeTab({ readerPresent: true });
    expect(await onMenuClick({ menuItemId: READ_PAGE_MENU }, TAB)).toBe(true);
    expect(tab.injected).toEqual([]);
    expect(tab.told).toEqual([{ type: 'genericRead', use: 'page' }]);
  });

  it('reads the live selection or the page on the shortcut', async () => {
    const tab = fakeTab();
    expect(await onReadCommand(TAB)).toBe(true);
    expect(tab.told).toEqual([{ type: 'genericRead', use: 'selection-or-page' }]);
  });

  it('flags the toolbar button on a page no extension may script', async () => {
    const tab = fakeTab({ scriptable: false });
    expect(await onMenuClick({ menuItemId: READ_PAGE_MENU }, TAB)).toBe(false);
    expect(tab.badge).toHaveBeenLastCalledWith({ tabId: 5, text: '!' });
    expect(await onReadCommand(undefined)).toBe(false);
    expect(await onMenuClick({ menuItemId: 'someone-elses-menu' }, TAB)).toBe(false);
  });
});
