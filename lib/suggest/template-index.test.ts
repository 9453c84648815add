import MiniSearch from 'minisearch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { FieldIndex } from '@/lib/suggest/field-index';
import { queryTerms, searchTerm } from '@/lib/suggest/query-terms';
import { TemplateSearch } from '@/lib/suggest/template-index';
import { largeLibrary } from '@/lib/suggest/testing/large-library';

const template = (id: string, title: string, body: string): Template => ({
  id,
  title,
  body,
  intents: ['other'],
  language: 'en',
  sites: [],
  tags: [],
  locallyModified: false,
  updatedAt: '2026-11-24T12:00:00Z',
  usageCount: 0,
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
    const add = vi.spyOn(FieldIndex.prototype, 'add');
    expect(search.sync(LIBRARY)).toBe(false);
    // A fresh database read: new objects, same content.
    expect(search.sync(LIBRARY.map((t) => ({ ...t })))).toBe(false);
    expect(search.revision).toBe(revision);
    const edited = [LIBRARY[0]!, { ...LIBRARY[1]!, body: 'Your parcel was refunded.' }, LIBRARY[2]!];
    expect(search.sync(edited)).toBe(true);
    // Only the edited template is indexed again: the others are not touched.
    expect(add).toHaveBeenCalledTimes(1);
    expect(search.revision).toBe(revision + 1);
    expect(search.similarity(edited, queryTerms('refunded parcel'))[1]).toBe(1);
  });

  it('follows templates that moved position or swapped ids, not only edits in place', () => {
    const search = new TemplateSearch();
    search.sync(LIBRARY);
    const moved = [LIBRARY[2]!, LIBRARY[0]!, { ...LIBRARY[1]!, body: 'Your refund was issued today.' }];
    const scores = search.similarity(moved, queryTerms('my mug arrived broken'));
    expect(scores[0]).toBe(1);
    expect(search.similarity(moved, queryTerms('refund issued today'))[2]).toBe(1);
    const renamed = [{ ...LIBRARY[0]!, id: 'z' }, LIBRARY[1]!, LIBRARY[2]!];
    expect(search.similarity(renamed, queryTerms('parcel delayed at the depot'))[0]).toBe(1);
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

  it('scores a query asked again (one per request of a message) once, until the library changes', () => {
    const search = new TemplateSearch();
    const score = vi.spyOn(FieldIndex.prototype, 'score');
    const first = search.similarity(LIBRARY, queryTerms('my mug arrived broken'));
    first[0] = 42;
    expect(search.similarity(LIBRARY, queryTerms('my mug arrived broken'))[0]).not.toBe(42);
    expect(score).toHaveBeenCalledTimes(1);
    const edited = [{ ...LIBRARY[0]!, body: 'A broken mug, sorry.' }, LIBRARY[1]!, LIBRARY[2]!];
    expect(search.similarity(edited, queryTerms('my mug arrived broken'))[0]).toBeGreaterThan(0);
    expect(score).toHaveBeenCalledTimes(2);
  });

  it('finds a word an edit brought in, by its typo too (what a word reaches is forgotten on change)', () => {
    const search = new TemplateSearch();
    const query = queryTerms('my voucher code failed');
    expect([...search.similarity(LIBRARY, query)]).toEqual([0, 0, 0]);
    const edited = [...LIBRARY, template('d', 'Vouchers', 'Your vouchre code is being checked.')];
    expect(search.similarity(edited, query)[3]).toBe(1);
  });
});

describe('TemplateSearch scores as MiniSearch does (the ranking was tuned on it)', () => {
  const library = [
    ...LIBRARY,
    template('d', 'Tracking number', 'Your tracking number is 1Z999. Tracking updates come daily.'),
    template('e', 'Delivered but not received', 'The carrier shows it delivered; please check with neighbours.'),
    template('f', 'Wrong size', 'We will exchange the wrong size for free, shipping included.'),
    template('g', 'Damaged parcel', 'Sorry the parcel arrived damaged. A replacement is on its way.'),
  ];

  it.each([
    'my parcel arrived damaged and the mug is broken',
    'the tracking says delivered but I never received it',
    'refnd please, wrong size, I want my money back',
    'parcels delayed, where is the delivery?',
  ])('%s', (message) => {
    const query = queryTerms(message);
    const plain = new MiniSearch({ idField: 'id', fields: ['title', 'body', 'tags'], processTerm: searchTerm });
    plain.addAll(library.map((t) => ({ id: t.id, title: t.title, body: t.body, tags: t.tags.join(' ') })));
    const results = plain.search(query.terms.join(' '), {
      boost: { title: 2 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length < 5 ? false : term.length < 9 ? 1 : 2),
      boostTerm: (term) => query.weights.get(term) ?? 1,
    });
    const best = results[0]!.score;
    const expected = library.map((t) => (results.find((r) => r.id === t.id)?.score ?? 0) / best);
    const ours = new TemplateSearch().similarity(library, query);
    ours.forEach((score, i) => expect(score).toBeCloseTo(expected[i]!, 12));
  });
});
