/**
 * Keeps the template search index between panel opens. Each panel (and the settings page) is a
 * fresh page: building the index for 5,000 templates cost a second there on every open
 * (2026-12-04). The first context to build it saves a snapshot (index-snapshot.ts) in IndexedDB;
 * later opens read it back and index only templates added, changed or removed since. Whoever
 * saves last wins: any saved snapshot is a valid start, since `sync` corrects it by text hash.
 * Saved with each template's rank entry and the library's revision token, it also spares the
 * panel reading the templates while none changed (`loadRankingLibrary`).
 */
import { consistentSnapshot, type TemplateSearchSnapshot, TemplateSearchSnapshotSchema } from '@/lib/suggest/index-snapshot';
import { type TemplateSearch, templateSearch } from '@/lib/suggest/template-index';
import type { Template } from '@/lib/schemas/template';
import type { RankEntry } from '@/lib/suggest/rank-entry';
import { getDatabase } from '@/lib/templates/db';
import { readLibrary, readLibraryRevision } from '@/lib/templates/repository';

const RECORD_KEY = 'templates';
/** Title, body, tags: as indexed-template.ts indexes them. */
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

/** Per index: its revision when last read or saved, and the library revision token it was synced with. */
const savedRevision = new WeakMap<TemplateSearch, number>();
/** Per index: the library revision token of the snapshot it was read from or last saved. */
const savedToken = new WeakMap<TemplateSearch, string>();
const syncedLibrary = new WeakMap<TemplateSearch, { token: string; library: readonly RankEntry[] }>();
let pendingSave: number | undefined;

/**
 * Saves the index when the page is next idle (after the panel has shown its suggestions), when it
 * changed since it was read or last saved, or when it was synced with a newer library revision
 * than the saved one says. Only pages have idle time: a service worker or a test environment
 * without requestIdleCallback reads snapshots but leaves saving to the pages.
 */
function scheduleSave(search: TemplateSearch, revisionToken: string, changed: boolean): void {
  if (!changed || typeof globalThis.requestIdleCallback !== 'function') return;
  if (pendingSave !== undefined) cancelIdleCallback(pendingSave);
  pendingSave = requestIdleCallback(
    () => {
      pendingSave = undefined;
      const revision = search.revision;
      saveIndexSnapshot(search.snapshot(revisionToken))
        .then(() => {
          savedRevision.set(search, revision);
          savedToken.set(search, revisionToken);
          // Read by `npm run bench` (tests/bench/panel-loads.ts): the next panel open can read it.
          performance.mark('deskpilot:index-saved');
        })
        .catch((error: unknown) => console.warn('Deskpilot: could not save the search index', error));
    },
    { timeout: SAVE_TIMEOUT_MS },
  );
}

async function syncWith(
  templates: readonly Template[],
  search: TemplateSearch,
  revisionToken: string,
  snapshot: TemplateSearchSnapshot | null,
): Promise<void> {
  if (search.empty) {
    const saved = snapshot ?? (await loadIndexSnapshot());
    if (saved && search.empty) {
      search.restore(saved);
      savedRevision.set(search, search.revision);
      savedToken.set(search, saved.revision);
    }
  }
  search.sync(templates);
  syncedLibrary.set(search, { token: revisionToken, library: templates });
  const stale = savedRevision.get(search) !== search.revision || (revisionToken !== '' && savedToken.get(search) !== revisionToken);
  scheduleSave(search, revisionToken, stale);
}

/**
 * Brings the shared index in line with `templates`, starting from the saved snapshot when this
 * page has not indexed anything yet, and saves it again later when that took work. `revision` is
 * the library's revision token read with the templates (repository.ts `readLibrary`): saved with
 * the index, it lets the next panel rank without reading the templates; '' when unknown.
 */
export async function warmTemplateSearch(
  templates: readonly Template[],
  search: TemplateSearch = templateSearch(),
  revision = '',
): Promise<void> {
  await syncWith(templates, search, revision, null);
}

/**
 * What the panel ranks: while no template changed since the saved index was synced (the library
 * revision token is the one saved with it), the rank entries saved with it, without reading a
 * template; otherwise every template, read with the token, and the index synced and saved again.
 * A missing, stale or corrupt snapshot costs time, never suggestions.
 */
export async function loadRankingLibrary(search: TemplateSearch = templateSearch()): Promise<readonly RankEntry[]> {
  // An index not yet restored needs the saved one whatever the token says (syncWith reads it
  // otherwise): both are read at once, not one after the other.
  const [token, saved] = await Promise.all([
    readLibraryRevision().catch(() => ''),
    search.empty && !syncedLibrary.has(search) ? loadIndexSnapshot() : null,
  ]);
  let snapshot: TemplateSearchSnapshot | null = saved;
  const synced = syncedLibrary.get(search);
  if (synced && token !== '' && synced.token === token) return marked(synced.library);
  if (search.empty && token !== '') {
    snapshot ??= await loadIndexSnapshot();
    performance.mark('deskpilot:templates-read');
    if (snapshot && snapshot.revision === token && search.empty) {
      search.restore(snapshot);
      savedRevision.set(search, search.revision);
      savedToken.set(search, token);
      const library = search.restoredLibrary ?? [];
      syncedLibrary.set(search, { token, library });
      performance.mark('deskpilot:index-ready');
      // Counted by `npm run bench`: this open read no template to rank.
      performance.mark('deskpilot:ranked-from-index');
      return library;
    }
  }
  const { templates, revision } = await readLibrary();
  performance.mark('deskpilot:templates-read');
  await syncWith(templates, search, revision, snapshot);
  return marked(templates);
}

/** Read by `npm run bench` (tests/bench/panel-library.ts): where the panel's time goes. */
function marked<T>(library: T): T {
  performance.mark('deskpilot:index-ready');
  return library;
}
