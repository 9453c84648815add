/**
 * Reading a page no adapter knows, on the agent's request: the page's context menu ("Deskpilot:
 * read this page", "Use selection as ticket") and the "read-page-with-deskpilot" shortcut. Both
 * grant activeTab for the tab, so Deskpilot asks for no access to every site: the generic reader
 * is injected into that tab only, then told what to read.
 */
import { injectScript } from '@/lib/inject-script';
import { sendToGenericReader } from '@/lib/messaging';
import { safeParse } from '@/lib/schemas/core-schemas';
import { GenericReadResponseSchema, type GenericReadRequest, type GenericReadResponse } from '@/lib/schemas/messages';
import { MAX_TEXT_LENGTH } from '@/lib/sites/text';
import { currentTranslator } from '@/lib/i18n/current-translator';
import { uiLanguageSetting } from '@/lib/settings';
import { toolbarButton } from './toolbar-button';

export const READ_PAGE_MENU = 'deskpilot-read-page';
export const USE_SELECTION_MENU = 'deskpilot-use-selection';
export const READ_PAGE_COMMAND = 'read-page-with-deskpilot';
/** Where WXT writes the runtime-registered content script (entrypoints/generic.content.ts). */
export const GENERIC_SCRIPT = 'content-scripts/generic.js';

interface ClickedTab {
  id?: number;
  windowId?: number;
}

/** Firefox's sidebar API, absent from Chrome's types. */
interface FirefoxSidebar {
  sidebarAction: { open(): Promise<void> };
}

export function setUpGenericReader(): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  // The menu speaks the interface language: a change in Settings renames it.
  uiLanguageSetting.watch(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => onMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === READ_PAGE_COMMAND) onReadCommand(tab);
  });
}

export async function createMenus(): Promise<void> {
  const { t } = await currentTranslator();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: READ_PAGE_MENU, title: t('menu.readPage'), contexts: ['page', 'frame'] });
  browser.contextMenus.create({ id: USE_SELECTION_MENU, title: t('menu.useSelection'), contexts: ['selection'] });
}

export function onMenuClick(info: { menuItemId: string | number; selectionText?: string }, tab: ClickedTab | undefined): Promise<boolean> {
  if (info.menuItemId === USE_SELECTION_MENU) {
    return readOnRequest(tab, { type: 'genericRead', use: 'selection', selection: info.selectionText?.slice(0, MAX_TEXT_LENGTH) });
  }
  if (info.menuItemId === READ_PAGE_MENU) return readOnRequest(tab, { type: 'genericRead', use: 'page' });
  return Promise.resolve(false);
}

/** The shortcut: the agent's live selection if there is one, the page otherwise. */
export function onReadCommand(tab: ClickedTab | undefined): Promise<boolean> {
  return readOnRequest(tab, { type: 'genericRead', use: 'selection-or-page' });
}

/**
 * Opens the panel first — the browser allows that only during the agent's click or key press,
 * before anything is awaited — then has the tab read. A page no extension may script (the
 * browser's own pages, the web store) flags the toolbar button instead.
 */
async function readOnRequest(tab: ClickedTab | undefined, request: GenericReadRequest): Promise<boolean> {
  if (tab?.id === undefined) return false;
  openPanel(tab);
  const answer = await readWithGeneric(tab.id, request);
  const { t } = await currentTranslator();
  await flag(tab.id, answer ? '' : '!', answer ? t('notice.openDeskpilot') : t('notice.cannotRead'));
  return answer !== null;
}

/** Tells the tab's generic reader what to read, injecting it first when the tab has none yet. */
export async function readWithGeneric(tabId: number, request: GenericReadRequest): Promise<GenericReadResponse | null> {
  const already = await ask(tabId, request);
  if (already) return already;
  try {
    await injectScript(tabId, GENERIC_SCRIPT);
  } catch {
    return null;
  }
  return ask(tabId, request);
}

/** The reader's answer, or null when no reader is in the tab (nothing answered, or not in this shape). */
async function ask(tabId: number, request: GenericReadRequest): Promise<GenericReadResponse | null> {
  try {
    const parsed = safeParse(GenericReadResponseSchema, await sendToGenericReader(tabId, request));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function openPanel(tab: ClickedTab): void {
  try {
    if (import.meta.env.FIREFOX) void (browser as unknown as FirefoxSidebar).sidebarAction.open().catch(() => undefined);
    else if (tab.windowId !== undefined) void browser.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
  } catch {
    // No panel API (an older browser): the agent opens the panel from the toolbar.
  }
}

async function flag(tabId: number, text: string, title: string): Promise<void> {
  try {
    await toolbarButton().setBadgeText({ tabId, text });
    await toolbarButton().setTitle({ tabId, title });
  } catch {
    // The badge is a hint; a browser without one loses nothing else.
  }
}
