/**
 * Keeps the template search index between panel opens. Each panel (and the settings page) is a
 * fresh page: building the index for 5,000 templates cost a second there on every open
 * (2026-12-04). The first context to build it saves a snapshot (index-snapshot.ts) in IndexedDB;
 * later opens read it back and index only templates added, changed or removed since. Whoever
 * saves last wins: any saved snapshot is a valid start, since `sync` corrects it by text hash.
 */
import { consistentSnapshot, type TemplateSearchSnapshot, TemplateSearchSnapshotSchema } from '@/lib/suggest/index-snapshot';
import { type TemplateSearch, templateSearch } from '@/lib/suggest/template-index';
import type { Template } from '@/lib/schemas/template';
import { getDatabase } from '@/lib/templates/db';

const RECORD_KEY = 'templates';
/** Title, body, tags: as template-index.ts indexes them. */
const FIELD_COUNT = 3;
/** Saved when the page is idle, or after this long whatever it is doing. */
const SAVE_TIMEOUT_MS = 10_000;

/** The saved snapshot, or null when there is none, it is unreadable, or it is from another format. */
export async function loadIndexSnapshot(): Promise<TemplateSearchSnapshot | null> {
  try {
    const record = await getDatabase().searchIndex.get(RECORD_KEY);
    if (!record) return null;
    const parsed = TemplateSearchSnapshotSchema.safeParse(record.snapshot);
    if (parsed.success && consistentSnapshot(parsed.data, FIELD_COUNT)) return parsed.data;
    console.warn('Deskpilot: the saved search index is not usable; it will be built again');
    return null;
  } catch (error) {
    // A missing index costs time, never suggestions: the panel builds it instead.
    console.warn('Deskpilot: could not read the saved search index', error);
    return null;
  }
}

export async function saveIndexSnapshot(snapshot: TemplateSearchSnapshot, now = new Date()): Promise<void> {
  await getDatabase().searchIndex.put({ key: RECORD_KEY, savedAt: now.toISOString(), snapshot });
}

const savedRevision = new WeakMap<TemplateSearch, number>();
let pendingSave: number | undefined;

/**
 * Saves the index when the page is next idle (after the panel has shown its suggestions), when it
 * changed since it was read or last saved. Only pages have idle time: a service worker or a test
 * environment without requestIdleCallback reads snapshots but leaves saving to the pages.
 */
function scheduleSave(search: TemplateSearch): void {
  if (savedRevision.get(search) === search.revision || typeof globalThis.requestIdleCallback !== 'function') return;
  if (pendingSave !== undefined) cancelIdleCallback(pendingSave);
  pendingSave = requestIdleCallback(
    () => {
      pendingSave = undefined;
      const revision = search.revision;
      saveIndexSnapshot(search.snapshot())
        .then(() => {
          savedRevision.set(search, revision);
          // Read by `npm run bench` (tests/bench/panel-loads.ts): the next panel open can read it.
          performance.mark('deskpilot:index-saved');
        })
        .catch((error: unknown) => console.warn('Deskpilot: could not save the search index', error));
    },
    { timeout: SAVE_TIMEOUT_MS },
  );
}

/**
 * Brings the shared index in line with `templates`, starting from the saved snapshot when this
 * page has not indexed anything yet, and saves it again later when that took work.
 */
export async function warmTemplateSearch(templates: readonly Template[], search: TemplateSearch = templateSearch()): Promise<void> {
  if (search.empty) {
    const snapshot = await loadIndexSnapshot();
    if (snapshot && search.empty) {
      search.restore(snapshot);
      savedRevision.set(search, search.revision);
    }
  }
  search.sync(templates);
  scheduleSave(search);
}
