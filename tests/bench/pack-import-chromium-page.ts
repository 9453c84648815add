/**
 * The page's side of the pack-import bench (pack-import-chromium.ts): the import's own marks read from the options page,
 * the moment the file is picked and "Imported" is shown, and the floors — the same records put into a scratch database
 * of the same page with bare IndexedDB calls, one per template or on shelves as version 9 stores them.
 */
import type { Page } from '@playwright/test';
import { IMPORT_MARKS } from '@/lib/packs/import-file';
import type { Pack } from '@/lib/schemas/pack';
import { shelvesFor } from '@/lib/templates/template-shelf-layout';
import { childProcessesCpuMs } from './process-cpu';

export const cpuSince = (before: number | null) => {
  const now = childProcessesCpuMs();
  return before === null || now === null ? null : now - before;
};

export async function marks(page: Page): Promise<{ checkedMs: number; writtenMs: number }> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const [start, checked, written] = await page.evaluate(
    (names) => names.map((name) => performance.getEntriesByName(name).at(-1)?.startTime ?? Number.NaN),
    [IMPORT_MARKS.start, IMPORT_MARKS.checked, IMPORT_MARKS.written],
  );
  return { checkedMs: checked! - start!, writtenMs: written! - checked! };
}

/** The records as the import stores them, put with no checks into a scratch database: one per template, or on shelves. */
export async function barePuts(page: Page, pack: Pack, shelved: boolean): Promise<{ ms: number; cpuMs: number | null }> {
  const records = pack.templates.map((t) => ({
    ...t,
    packId: pack.id,
    packBody: t.body,
    packVersion: pack.version,
    locallyModified: false,
    usageCount: 0,
    updatedAt: pack.updatedAt,
  }));
  const values = shelved ? shelvesFor(pack.id, records) : records;
  await page.evaluate((list) => Object.assign(globalThis, { benchRecords: list }), values);
  const cpuBefore = childProcessesCpuMs();
  const ms = await page.evaluate(async (onShelves) => {
    const values = (globalThis as unknown as { benchRecords: unknown[] }).benchRecords;
    const name = 'deskpilot-bench-floor';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        if (onShelves) {
          // The shelves table's key and indexes (lib/templates/db.ts, version 9).
          const shelves = open.result.createObjectStore('templates', { keyPath: 'key' });
          shelves.createIndex('packId', 'packId');
          shelves.createIndex('ids', 'ids', { multiEntry: true });
          return;
        }
        // The templates table's own key and indexes (lib/templates/db.ts, versions 1–8).
        const store = open.result.createObjectStore('templates', { keyPath: 'id' });
        store.createIndex('intents', 'intents', { multiEntry: true });
        for (const index of ['language', 'packId', 'updatedAt', 'usageCount']) store.createIndex(index, index);
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const started = performance.now();
    const transaction = db.transaction('templates', 'readwrite');
    const store = transaction.objectStore('templates');
    for (const value of values) store.put(value);
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    const elapsed = performance.now() - started;
    db.close();
    await new Promise((resolve) => {
      indexedDB.deleteDatabase(name).onsuccess = resolve;
    });
    return elapsed;
  }, shelved);
  return { ms, cpuMs: cpuSince(cpuBefore) };
}

/**
 * In the page: when the file input's change event fires (the file picked) and when the status
 * first says "Imported" (a mutation observer, so a busy page after the import does not delay it).
 * Playwright's delivery of the file (0.8 s under load on 2026-12-05) and its polling for the
 * text, slowed by the library refresh that follows the import, are the harness's, not the import's.
 */
export function watchImport(): void {
  const seen: { picked?: number; shown?: number } = {};
  Object.assign(globalThis, { importSeen: seen });
  document.addEventListener('change', () => (seen.picked ??= performance.now()), true);
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-testid=pack-import-status]')?.textContent?.includes('Imported')) return;
    seen.shown = performance.now();
    observer.disconnect();
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}
