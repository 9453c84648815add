/**
 * Pack subscriptions: a URL the team publishes its pack at, re-checked on a schedule (the
 * background calls `refreshAllSubscriptions` from `browser.alarms`) and on demand. A response is
 * validated before anything is written; an invalid one changes nothing and its problem is stored
 * on the subscription for the options page to show. The pack import and the subscription record
 * are written in one transaction.
 */
import { fetchPack, PackFetchError, type FetchLike } from '@/lib/packs/fetch-pack';
import { installPack } from '@/lib/packs/import-file';
import { parseSubscriptionUrl, SubscriptionUrlError } from '@/lib/packs/subscription-url';
import { assertCanOwn, checkPermission, invalidPackError, SubscriptionError } from '@/lib/packs/subscription-refusals';
import { issueMessage, validatePackText, type PackIssue } from '@/lib/packs/validate';
import { packText, PackTextError, type PackText } from '@/lib/packs/pack-text';
import { getDatabase, parseStoredPack, parseStoredSubscription, parseStoredSubscriptions, type PackSubscription } from '@/lib/templates/db';
import type { ImportSummary } from '@/lib/templates/import-pack';
import { withStorage } from '@/lib/templates/storage-error';

export { originPattern, subscriptionPermission } from '@/lib/packs/subscription-url';
export { SubscriptionError } from '@/lib/packs/subscription-refusals';

/** `browser.alarms.create(PACK_REFRESH_ALARM, { periodInMinutes: PACK_REFRESH_PERIOD_MINUTES })`. */
export const PACK_REFRESH_ALARM = 'deskpilot:pack-refresh';
/** Hourly: a team's edit reaches every agent within the hour, and a 304 costs almost nothing. */
export const PACK_REFRESH_PERIOD_MINUTES = 60;

export interface SubscriptionDeps {
  fetch?: FetchLike;
  /** `browser.permissions.contains({ origins: [pattern] })` in the extension; absent in tests and the CLI. */
  hasHostPermission?: (pattern: string) => Promise<boolean>;
  now?: () => Date;
}

export type RefreshResult =
  | { url: string; status: 'updated'; packId: string; version: string; summary: ImportSummary }
  | { url: string; status: 'unchanged'; packId: string | undefined }
  | {
      url: string;
      status: 'error';
      /** In English (logs, the CLI, the stored `lastError`); `text` and `details` for the agent's language. */
      message: string;
      text: PackText;
      details: readonly PackText[];
      issues?: PackIssue[];
    };

/** Downloads, validates and installs; writes the subscription record in the same transaction. */
async function fetchAndInstall(url: string, previous: PackSubscription | undefined, deps: SubscriptionDeps): Promise<RefreshResult> {
  await checkPermission(url, deps.hasHostPermission);
  const fetched = await fetchPack(url, previous ?? {}, deps.fetch);
  const checkedAt = (deps.now?.() ?? new Date()).toISOString();
  const db = getDatabase();
  if (fetched.status === 'not_modified') {
    await withStorage(() =>
      db.subscriptions.update(url, { lastCheckedAt: checkedAt, lastStatus: 'unchanged', lastError: undefined, lastErrorText: undefined }),
    );
    return { url, status: 'unchanged', packId: previous?.packId };
  }
  const validation = validatePackText(fetched.text);
  if (!validation.ok) throw invalidPackError(validation.issues);
  const pack = validation.pack;
  return withStorage(() =>
    db.transaction('rw', [db.templateShelves, db.packs, db.subscriptions, db.siteProfiles, db.triageRules], async () => {
      const installed = parseStoredPack(await db.packs.get(pack.id));
      assertCanOwn(pack, url, installed?.source, previous?.packId);
      // The server is the team's source of truth: a lower version there is a deliberate rollback.
      const result = await installPack(pack, url, { allowOlder: true });
      if (!result.ok) throw new SubscriptionError(packText('packs.subscription.refused'), result.issues, result.issues.map(issueMessage));
      const record: PackSubscription = {
        id: url,
        url,
        packId: pack.id,
        etag: fetched.etag,
        lastModified: fetched.lastModified,
        createdAt: previous?.createdAt ?? checkedAt,
        lastCheckedAt: checkedAt,
        lastStatus: 'updated',
      };
      await db.subscriptions.put(record);
      return { url, status: 'updated' as const, packId: pack.id, version: pack.version, summary: result.summary };
    }),
  );
}

const EXPECTED_ERRORS = [SubscriptionError, PackFetchError, SubscriptionUrlError];

/**
 * Subscribes to a pack URL and installs the pack. Ask for `subscriptionPermission(url)` first, in
 * the click handler. Throws SubscriptionError / PackFetchError / SubscriptionUrlError with a
 * message for the agent; nothing is stored when the first download fails.
 */
export async function subscribe(input: string, deps: SubscriptionDeps = {}): Promise<RefreshResult & { status: 'updated' | 'unchanged' }> {
  const url = parseSubscriptionUrl(input).href;
  const existing = parseStoredSubscription(await withStorage(() => getDatabase().subscriptions.get(url)));
  const result = await fetchAndInstall(url, existing, deps);
  if (result.status === 'error') throw new SubscriptionError(result.text, result.issues, result.details);
  return result;
}

/** Checks one subscription now. Never throws for a bad server or pack: the result (and the record) says what happened. */
export async function refreshSubscription(url: string, deps: SubscriptionDeps = {}): Promise<RefreshResult> {
  const db = getDatabase();
  const existing = parseStoredSubscription(await withStorage(() => db.subscriptions.get(url)));
  if (!existing) {
    const text = packText('packs.subscription.none', { url });
    return { url, status: 'error', message: new SubscriptionError(text).message, text, details: [] };
  }
  try {
    return await fetchAndInstall(url, existing, deps);
  } catch (error) {
    if (!EXPECTED_ERRORS.some((kind) => error instanceof kind) || !(error instanceof PackTextError)) throw error;
    const checkedAt = (deps.now?.() ?? new Date()).toISOString();
    await withStorage(() =>
      db.subscriptions.update(url, {
        lastCheckedAt: checkedAt,
        lastStatus: 'error',
        lastError: error.message,
        lastErrorText: [error.text, ...error.details],
      }),
    );
    return {
      url,
      status: 'error',
      message: error.message,
      text: error.text,
      details: error.details,
      issues: error instanceof SubscriptionError ? error.issues : undefined,
    };
  }
}

/** What the background's alarm runs: every subscription, one after another (packs are small, servers are the team's). */
export async function refreshAllSubscriptions(deps: SubscriptionDeps = {}): Promise<RefreshResult[]> {
  const results: RefreshResult[] = [];
  for (const subscription of await listSubscriptions()) results.push(await refreshSubscription(subscription.url, deps));
  return results;
}

export function listSubscriptions(): Promise<PackSubscription[]> {
  return withStorage(async () => parseStoredSubscriptions(await getDatabase().subscriptions.toArray()));
}

/** Stops checking the URL; the pack and its templates stay (delete the pack to remove them). */
export function unsubscribe(url: string): Promise<void> {
  return withStorage(() => getDatabase().subscriptions.delete(url));
}
