import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpSiteAccess, siteAccess } from './site-access';

/**
 * The browser's permission and script registries, which fakeBrowser lacks: origins granted,
 * scripts registered, and what the generic reader in a tab was told.
 */
function fakeRegistries(granted: string[] = []) {
  const origins = new Set(granted);
  const scripts = new Map<string, { id: string; matches?: string[]; js?: string[]; persistAcrossSessions?: boolean }>();
  const required = new Set<string>();
  const removedListeners: Array<(removed: { origins?: string[] }) => void> = [];
  const injected: number[] = [];
  const told: unknown[] = [];
  Object.assign(browser.permissions, {
    contains: async ({ origins: asked = [] }: { origins?: string[] }) => asked.every((origin) => origins.has(origin)),
    remove: async ({ origins: gone = [] }: { origins?: string[] }) => {
      if (gone.some((origin) => required.has(origin))) throw new Error('You cannot remove required permissions.');
      gone.forEach((origin) => origins.delete(origin));
      return true;
    },
    onRemoved: { addListener: (listener: (removed: { origins?: string[] }) => void) => removedListeners.push(listener) },
  });
  Object.assign(browser.scripting, {
    getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
      [...scripts.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
    registerContentScripts: async (list: Array<{ id: string }>) => {
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, script);
      }
    },
    unregisterContentScripts: async ({ ids = [] }: { ids?: string[] }) => ids.forEach((id) => scripts.delete(id)),
    executeScript: async ({ target }: { target: { tabId: number } }) => {
      injected.push(target.tabId);
      return [];
    },
  });
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
    if (!injected.includes(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
    told.push(message);
    return { ok: true, reading: 'page' };
  }) as never);
  return {
    origins,
    scripts,
    required,
    injected,
    told,
    revoke: (origin: string) => {
      origins.delete(origin);
      removedListeners.forEach((listener) => listener({ origins: [origin] }));
    },
  };
}

const PAGE = 'https://helpdesk.example/tickets/2291?tab=thread';
const PATTERN = 'https://helpdesk.example/*';

describe('"Always read this site" in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('registers the generic reader for the origin once the permission is granted, and reads the open tab', async () => {
    const browserState = fakeRegistries([PATTERN]);
    const status = await siteAccess('enable', PAGE, 12);
    expect(status).toEqual({ pattern: PATTERN, granted: true, registered: true });
    expect([...browserState.scripts.values()]).toEqual([
      expect.objectContaining({ matches: [PATTERN], js: ['content-scripts/generic.js'], persistAcrossSessions: true }),
    ]);
    expect(browserState.injected).toEqual([12]);
    expect(browserState.told).toEqual([{ type: 'genericRead', use: 'page' }]);
    // Enabling twice neither fails nor registers twice.
    expect(await siteAccess('enable', PAGE)).toEqual({ pattern: PATTERN, granted: true, registered: true });
    expect(browserState.scripts.size).toBe(1);
  });

  it('registers nothing without the permission and says why', async () => {
    const browserState = fakeRegistries();
    const status = await siteAccess('enable', PAGE, 12);
    expect(status).toEqual({ pattern: PATTERN, granted: false, registered: false, reason: 'not-granted' });
    expect(browserState.scripts.size).toBe(0);
    expect(browserState.injected).toEqual([]);
  });

  it('stops: unregisters and gives the permission back', async () => {
    const browserState = fakeRegistries([PATTERN]);
    await siteAccess('enable', PAGE);
    expect(await siteAccess('disable', PAGE)).toEqual({ pattern: PATTERN, granted: false, registered: false });
    expect(browserState.scripts.size).toBe(0);
    expect(browserState.origins.has(PATTERN)).toBe(false);
  });

  it('stops reading even where the permission is part of the manifest (the test build)', async () => {
    const browserState = fakeRegistries([PATTERN]);
    browserState.required.add(PATTERN);
    await siteAccess('enable', PAGE);
    expect(await siteAccess('disable', PAGE)).toEqual({ pattern: PATTERN, granted: true, registered: false });
  });

  it('forgets a site whose permission the agent removed in the browser settings', async () => {
    const browserState = fakeRegistries([PATTERN, 'https://other.example/*']);
    setUpSiteAccess();
    await siteAccess('enable', PAGE);
    await siteAccess('enable', 'https://other.example/inbox');
    browserState.revoke(PATTERN);
    await vi.waitFor(() =>
      expect([...browserState.scripts.values()].map((script) => script.matches)).toEqual([['https://other.example/*']]),
    );
  });

  it('reports the status, and refuses pages no script may read', async () => {
    fakeRegistries([PATTERN]);
    expect(await siteAccess('status', PAGE)).toEqual({ pattern: PATTERN, granted: true, registered: false });
    expect(await siteAccess('enable', 'chrome://settings/')).toMatchObject({
      pattern: null,
      registered: false,
      reason: 'not-a-web-page',
    });
  });

  it('turns a browser error into a status with a message', async () => {
    fakeRegistries([PATTERN]);
    browser.scripting.registerContentScripts = (async () => {
      throw new Error('Invalid script');
    }) as never;
    expect(await siteAccess('enable', PAGE)).toMatchObject({
      pattern: PATTERN,
      registered: false,
      reason: 'browser-refused',
    });
  });
});
