/**
 * Pack subscriptions re-checked on a schedule: an hourly alarm refreshes every subscribed pack
 * URL (an unchanged pack costs a 304). Needs the `alarms` permission. A storage failure (disk
 * full, database blocked) is logged and waits for the next alarm; the options page shows the
 * same failure in words when the agent opens it.
 */
import { PACK_REFRESH_ALARM, PACK_REFRESH_PERIOD_MINUTES, refreshAllSubscriptions, type RefreshResult } from '@/lib/packs/subscription';
import { TemplateStorageError } from '@/lib/templates/storage-error';

function hasHostPermission(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
}

/** Checks every subscription now; never rejects (a bad server or pack is recorded on its subscription). */
export async function refreshPacks(): Promise<RefreshResult[]> {
  try {
    return await refreshAllSubscriptions({ hasHostPermission });
  } catch (error) {
    if (error instanceof TemplateStorageError) console.warn(`Deskpilot: pack subscriptions not checked: ${error.message}`);
    else console.error('Deskpilot: pack subscriptions not checked', error);
    return [];
  }
}

/**
 * Creates the alarm only when it is missing: an MV3 service worker starts many times an hour,
 * and creating an alarm again under the same name restarts its period, so it would never fire.
 */
export async function ensurePackRefreshAlarm(): Promise<void> {
  if (await browser.alarms.get(PACK_REFRESH_ALARM)) return;
  await browser.alarms.create(PACK_REFRESH_ALARM, { periodInMinutes: PACK_REFRESH_PERIOD_MINUTES });
}

/** Call once, synchronously, when the background starts: an alarm that wakes the worker reaches only listeners added then. */
export function setUpPackRefresh(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_REFRESH_ALARM) void refreshPacks();
  });
  ensurePackRefreshAlarm().catch((error: unknown) => console.error('Deskpilot: could not schedule pack checks', error));
}
