/**
 * Optional host permissions for stores and the AI endpoint: asked for one origin at a time when
 * the agent connects something, given back when nothing uses the origin any more.
 */
import { storeConnectionsSetting } from '@/lib/connectors/secret-store';
import { CONNECTORS } from '@/lib/connectors';
import { listSubscriptions, originPattern as packOriginPattern } from '@/lib/packs/subscription';
import type { StoreConnection } from '@/lib/schemas/store';
import { aiOriginPattern } from '@/lib/suggest/ai/client';
import { aiSettingsSetting } from '@/lib/suggest/ai/settings-store';

/**
 * Asks the browser for `origins`. Call it before any other await in a click handler: the prompt
 * needs the click's user gesture. An origin the manifest already grants outright (the test
 * build's loopback) makes Chrome refuse the request itself; what counts then is whether the
 * extension holds the origins, so a refusal falls back to asking that.
 */
export async function requestOrigins(origins: readonly string[]): Promise<boolean> {
  if (origins.length === 0) return true;
  try {
    if (await browser.permissions.request({ origins: [...origins] })) return true;
  } catch {
    // fall through: already held, or not requestable at all
  }
  return browser.permissions.contains({ origins: [...origins] }).catch(() => false);
}

/** The origins a store needs; settings that cannot name one (an http:// address) need none. */
export function storeOrigins(connection: StoreConnection): string[] {
  try {
    return (CONNECTORS[connection.platform].hostPermissions as (c: StoreConnection) => string[])(connection);
  } catch {
    return [];
  }
}

async function quietly<T>(read: () => Promise<T[]>): Promise<T[]> {
  return read().catch(() => []);
}

/** Every origin some part of Deskpilot still relies on: stores, the AI endpoint, pack subscriptions, sites read always. */
export async function originsInUse(): Promise<Set<string>> {
  const [stores, ai, packs, scripts] = await Promise.all([
    quietly(async () => (await storeConnectionsSetting.get()).flatMap(storeOrigins)),
    quietly(async () => {
      const settings = await aiSettingsSetting.get();
      return settings.enabled ? [aiOriginPattern(settings.baseUrl)] : [];
    }),
    quietly(async () => (await listSubscriptions()).flatMap((s) => (URL.canParse(s.url) ? [packOriginPattern(new URL(s.url))] : []))),
    quietly(async () => (await browser.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? [])),
  ]);
  return new Set([...stores, ...ai, ...packs, ...scripts]);
}

/**
 * Gives back the origins of something just removed, except those still in use (two stores
 * behind one proxy, a store and a pack on one host). Origins the manifest grants cannot be given
 * back; that is fine. Returns what was released.
 */
export async function releaseOrigins(origins: readonly string[]): Promise<string[]> {
  if (origins.length === 0) return [];
  const inUse = await originsInUse();
  const release = [...new Set(origins)].filter((origin) => !inUse.has(origin));
  if (release.length === 0) return [];
  const removed = await browser.permissions.remove({ origins: release }).catch(() => false);
  return removed ? release : [];
}
