import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldIndex } from '@/lib/suggest/field-index';
import { INDEX_FORMAT } from '@/lib/suggest/index-snapshot';
import { loadIndexSnapshot, saveIndexSnapshot, warmTemplateSearch } from '@/lib/suggest/index-store';
import { queryTerms } from '@/lib/suggest/query-terms';
import { TemplateSearch } from '@/lib/suggest/template-index';
import { idleAtOnce } from '@/lib/suggest/testing/idle-at-once';
import { largeLibrary } from '@/lib/suggest/testing/large-library';
import { getDatabase } from '@/lib/templates/db';
import { resetDatabase } from '@/lib/templates/testing/reset-database';

const library = largeLibrary(300);

beforeEach(async () => {
  await resetDatabase();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function savedBy(search: TemplateSearch): Promise<void> {
  await vi.waitFor(async () => expect(await getDatabase().searchIndex.count()).toBe(1));
  expect(search.empty).toBe(false);
}

describe('the search index kept between panel opens', () => {
  it('is saved once built, and the next page reads it back instead of indexing every template', async () => {
    idleAtOnce();
    const first = new TemplateSearch();
    await warmTemplateSearch(library, first);
    await savedBy(first);
    const add = vi.spyOn(FieldIndex.prototype, 'add');
    const next = new TemplateSearch();
    await warmTemplateSearch(
      library.map((t) => ({ ...t })),
      next,
    );
    expect(add).not.toHaveBeenCalled();
    const query = queryTerms('my mug arrived broken, can I get a refund');
    expect([...next.similarity(library, query)]).toEqual([...first.similarity(library, query)]);
  });

  it('indexes only what changed since the save, then saves again', async () => {
    idleAtOnce();
    await warmTemplateSearch(library, new TemplateSearch());
    await vi.waitFor(async () => expect(await getDatabase().searchIndex.count()).toBe(1));
    const savedAt = (await getDatabase().searchIndex.toArray())[0]!.savedAt;
    const edited = library.map((t, i) => (i === 7 ? { ...t, body: 'A voucher for the trouble.' } : t));
    const add = vi.spyOn(FieldIndex.prototype, 'add');
    vi.setSystemTime(new Date('2026-11-24T13:00:00Z'));
    await warmTemplateSearch(edited, new TemplateSearch());
    expect(add).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect((await getDatabase().searchIndex.toArray())[0]!.savedAt).not.toBe(savedAt));
  });

  it('builds the index when the saved one is corrupt, from another format, or unreadable', async () => {
    const built = new TemplateSearch();
    built.sync(library);
    const good = built.snapshot();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await saveIndexSnapshot({ ...good, format: INDEX_FORMAT + 1 });
    expect(await loadIndexSnapshot()).toBeNull();
    await saveIndexSnapshot({ ...good, keys: good.keys.slice(1) });
    expect(await loadIndexSnapshot()).toBeNull();
    await getDatabase().searchIndex.put({ key: 'templates', savedAt: 'x', snapshot: { format: INDEX_FORMAT, index: 'nonsense' } });
    expect(await loadIndexSnapshot()).toBeNull();
    const search = new TemplateSearch();
    await warmTemplateSearch(library, search);
    const query = queryTerms('my mug arrived broken, can I get a refund');
    expect([...search.similarity(library, query)]).toEqual([...built.similarity(library, query)]);
    expect(search.similarity(library, query).some((score) => score === 1)).toBe(true);
    vi.spyOn(getDatabase().searchIndex, 'get').mockRejectedValue(new Error('disk gone'));
    expect(await loadIndexSnapshot()).toBeNull();
    expect(warn).toHaveBeenCalled();
  });

  it('saves nothing where there is no idle time (a service worker) and nothing when unchanged', async () => {
    await warmTemplateSearch(library, new TemplateSearch());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await getDatabase().searchIndex.count()).toBe(0);
    idleAtOnce();
    const search = new TemplateSearch();
    search.sync(library);
    await saveIndexSnapshot(search.snapshot());
    const put = vi.spyOn(getDatabase().searchIndex, 'put');
    await warmTemplateSearch(library, new TemplateSearch());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(put).not.toHaveBeenCalled();
  });
});
