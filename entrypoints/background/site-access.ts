/**
 * "Always read this site": how a team adds its own helpdesk. The panel asks the browser for the
 * page's origin as an optional host permission (only a click in the panel may do that); here the
 * generic reader is then registered for that origin, persisting across restarts, and read into
 * the open tab at once. Stopping unregisters it and gives the permission back. Every step checks
 * the browser's own state rather than remembering it.
 */
import type { SiteAccessStatus } from '@/lib/schemas/messages';
import { originPattern } from '@/lib/sites/generic-origin';
import { GENERIC_SCRIPT, readWithGeneric } from './generic-reader';

type Action = 'status' | 'enable' | 'disable';

const SCRIPT_ID_PREFIX = 'deskpilot-generic ';

export function setUpSiteAccess(): void {
  // The agent may take the permission back in the browser's settings: stop registering for it too.
  browser.permissions.onRemoved.addListener((removed) => void forgetOrigins(removed.origins ?? []));
}

export async function siteAccess(action: Action, pageUrl: string, tabId?: number): Promise<SiteAccessStatus> {
  const pattern = originPattern(pageUrl);
  if (!pattern) {
    return { pattern: null, granted: false, registered: false, reason: 'not-a-web-page' };
  }
  try {
    if (action === 'enable') return await enable(pattern, tabId);
    if (action === 'disable') return await disable(pattern);
    return await status(pattern);
  } catch {
    return {
      ...(await status(pattern).catch(() => ({ pattern, granted: false, registered: false }))),
      reason: 'browser-refused',
    };
  }
}

async function status(pattern: string): Promise<SiteAccessStatus> {
  const granted = await browser.permissions.contains({ origins: [pattern] });
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(pattern)] })).length > 0;
  return { pattern, granted, registered };
}

async function enable(pattern: string, tabId: number | undefined): Promise<SiteAccessStatus> {
  const before = await status(pattern);
  if (!before.granted) {
    return { ...before, reason: 'not-granted' };
  }
  if (!before.registered) {
    await browser.scripting.registerContentScripts([
      { id: scriptId(pattern), matches: [pattern], js: [GENERIC_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  // The open page is read now, not only after its next load.
  if (tabId !== undefined) await readWithGeneric(tabId, { type: 'genericRead', use: 'page' });
  return status(pattern);
}

async function disable(pattern: string): Promise<SiteAccessStatus> {
  if ((await status(pattern)).registered) await browser.scripting.unregisterContentScripts({ ids: [scriptId(pattern)] });
  // A site the manifest itself lists (the test build's loopback) cannot be given back; that is fine.
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  return status(pattern);
}

async function forgetOrigins(origins: string[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ids = registered
    .filter((script) => script.id.startsWith(SCRIPT_ID_PREFIX) && script.matches?.some((match) => origins.includes(match)))
    .map((script) => script.id);
  if (ids.length > 0) await browser.scripting.unregisterContentScripts({ ids });
}

function scriptId(pattern: string): string {
  return SCRIPT_ID_PREFIX + pattern;
}
