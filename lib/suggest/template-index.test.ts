import MiniSearch from 'minisearch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { queryTerms } from '@/lib/suggest/query-terms';
import { TemplateSearch } from '@/lib/suggest/template-index';
import { largeLibrary } from '@/lib/suggest/testing/large-library';

const template = (id: string, title: string, body: string): Template => ({
  id, title, body, intents: ['other'], language: 'en', sites: [], tags: [], locallyModified: false, updatedAt: '2026-11-24T12:00:00Z', usageCount: 0,
});

const LIBRARY = [
  template('a', 'Parcel delayed', 'Your parcel is delayed at the depot.'),
  template('b', 'Refund issued', 'Your refund was issued to your card.'),
  template('c', 'Broken mug', 'Sorry the mug arrived broken, please send a photo.'),
];

afterEach(() => vi.restoreAllMocks());

describe('TemplateSearch: kept up to date, never rebuilt per call', () => {
  it('scores by position, best match 1', () => {
    const search = new TemplateSearch();
    const scores = search.similarity(LIBRARY, queryTerms('my mug arrived broken'));
    expect(scores[2]).toBe(1);
    expect(scores[0]).toBeLessThan(1);
  });

  it('does nothing for the same array, and only the changed template for a new one', () => {
    const search = new TemplateSearch();
    search.sync(LIBRARY);
    const revision = search.revision;
    const add = vi.spyOn(MiniSearch.prototype, 'add');
    const replace = vi.spyOn(MiniSearch.prototype, 'replace');
    expect(search.sync(LIBRARY)).toBe(false);
    // A fresh database read: new objects, same content.
    expect(search.sync(LIBRARY.map((t) => ({ ...t })))).toBe(false);
    expect(search.revision).toBe(revision);
    const edited = [LIBRARY[0]!, { ...LIBRARY[1]!, body: 'Your parcel was refunded.' }, LIBRARY[2]!];
    expect(search.sync(edited)).toBe(true);
    expect(replace).toHaveBeenCalledTimes(1);
    // MiniSearch's replace is a discard and one add: the other templates are not touched.
    expect(add).toHaveBeenCalledTimes(1);
    expect(search.revision).toBe(revision + 1);
    expect(search.similarity(edited, queryTerms('refunded parcel'))[1]).toBe(1);
  });

  it('forgets removed templates and keeps repeated ids apart', () => {
    const search = new TemplateSearch();
    search.sync(LIBRARY);
    const twice = [LIBRARY[2]!, { ...LIBRARY[2]!, title: 'Broken mug (copy)', body: 'Another broken mug reply.' }];
    const scores = search.similarity(twice, queryTerms('refund issued to my card'));
    expect([...scores]).toEqual([0, 0]);
    expect(search.similarity(twice, queryTerms('broken mug')).filter((s) => s > 0)).toHaveLength(2);
  });

  it('bounds one query over 5,000 templates whatever the message', () => {
    const library = largeLibrary();
    const search = new TemplateSearch();
    search.sync(library);
    const scores = search.similarity(library, queryTerms('where is my parcel, the tracking has not moved, deliver it please '.repeat(50)));
    expect(Math.max(...scores)).toBe(1);
  });
});
