import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { FieldIndex } from '@/lib/suggest/field-index';
import { consistentSnapshot, type TemplateSearchSnapshot, textHash } from '@/lib/suggest/index-snapshot';
import { queryTerms } from '@/lib/suggest/query-terms';
import { TemplateSearch } from '@/lib/suggest/template-index';
import { largeLibrary } from '@/lib/suggest/testing/large-library';

const QUERIES = [
  'my parcel arrived damaged and the mug is broken',
  'the tracking says delivered but I never received it',
  'refnd please, wrong size, I want my money back',
  'Wo ist mein Paket? Die Sendungsverfolgung zeigt nichts.',
];

afterEach(() => vi.restoreAllMocks());

/** A snapshot as IndexedDB hands it back: a structured clone, sharing nothing with the index. */
function savedAndRead(search: TemplateSearch): TemplateSearchSnapshot {
  return structuredClone(search.snapshot());
}

function restored(snapshot: TemplateSearchSnapshot): TemplateSearch {
  const search = new TemplateSearch();
  search.restore(snapshot);
  return search;
}

function expectSameScores(a: TemplateSearch, aList: readonly Template[], b: TemplateSearch, bList: readonly Template[]): void {
  for (const message of QUERIES) {
    const ours = b.similarity(bList, queryTerms(message));
    const built = a.similarity(aList, queryTerms(message));
    expect(ours.filter((s) => s > 0).length).toBeGreaterThan(0);
    ours.forEach((score, i) => expect(score).toBeCloseTo(built[i]!, 12));
  }
}

describe('the search index saved and read back', () => {
  const library = largeLibrary(600);

  it('scores exactly as the index it was saved from, indexing nothing again', () => {
    const built = new TemplateSearch();
    built.sync(library);
    const snapshot = savedAndRead(built);
    expect(consistentSnapshot(snapshot, 3)).toBe(true);
    const add = vi.spyOn(FieldIndex.prototype, 'add');
    const search = restored(snapshot);
    // A fresh database read: new objects, same text.
    const fresh = library.map((t) => ({ ...t }));
    search.sync(fresh);
    expect(add).not.toHaveBeenCalled();
    expectSameScores(built, library, search, fresh);
  });

  it('indexes only templates edited, added or removed since it was saved', () => {
    const built = new TemplateSearch();
    built.sync(library);
    const search = restored(savedAndRead(built));
    const changed: Template[] = library
      .slice(1)
      .map((t, i) => (i === 10 ? { ...t, body: `${t.body} Your voucher is attached.` } : { ...t }));
    changed.push({ ...library[0]!, id: 'team.new', title: 'Voucher code', body: 'Here is your voucher code.' });
    const add = vi.spyOn(FieldIndex.prototype, 'add');
    const remove = vi.spyOn(FieldIndex.prototype, 'remove');
    search.sync(changed);
    // The edited and the new template; the removed one's slot is emptied.
    expect(add).toHaveBeenCalledTimes(2);
    expect(remove.mock.calls.length).toBeGreaterThanOrEqual(1);
    const rebuilt = new TemplateSearch();
    rebuilt.sync(changed);
    expectSameScores(rebuilt, changed, search, changed);
    expect(search.similarity(changed, queryTerms('voucher code'))[changed.length - 1]).toBe(1);
  });

  it('saves again what it read, edits included, and reads that back', () => {
    const built = new TemplateSearch();
    built.sync(library);
    const search = restored(savedAndRead(built));
    const edited = library.map((t, i) => (i === 3 ? { ...t, title: 'Gift wrapping', body: 'We wrap gifts for free.' } : t));
    search.sync(edited);
    const again = restored(savedAndRead(search));
    again.sync(edited);
    const rebuilt = new TemplateSearch();
    rebuilt.sync(edited);
    expectSameScores(rebuilt, edited, again, edited);
  });

  it.each([
    ['in the order of their ids', (list: Template[]) => list],
    [
      'saved from a list out of id order, with a repeated id',
      (list: Template[]) => [...list.slice(0, 300)].reverse().concat(list.slice(300), { ...list[7]!, title: 'Copy' }),
    ],
  ])('ranks its own read-back library (%s) exactly as the built index ranks the templates', (_, order) => {
    const list = order([...library]);
    const built = new TemplateSearch();
    built.sync(list);
    const search = restored(savedAndRead(built));
    const readBack = search.restoredLibrary!;
    expect(readBack.map((entry) => entry.id)).toEqual(list.map((t) => t.id).sort());
    const add = vi.spyOn(FieldIndex.prototype, 'add');
    for (const message of QUERIES) {
      const fresh = built.similarity(list, queryTerms(message));
      const ours = search.similarity(readBack, queryTerms(message));
      // Same id, same title: the same template (a repeated id's copies differ by title).
      const freshBy = new Map(list.map((t, i) => [`${t.id} ${t.title}`, fresh[i]!]));
      expect(ours.filter((score) => score > 0).length).toBeGreaterThan(0);
      readBack.forEach((entry, i) => expect(ours[i]).toBeCloseTo(freshBy.get(`${entry.id} ${entry.title}`)!, 12));
    }
    expect(add).not.toHaveBeenCalled();
  });

  it('can only be read into an empty index', () => {
    const built = new TemplateSearch();
    built.sync(library);
    expect(() => built.restore(savedAndRead(built))).toThrow(/empty/);
  });
});

describe('a stored snapshot is checked before use', () => {
  const built = new TemplateSearch();
  built.sync(largeLibrary(50));
  const good = () => savedAndRead(built);

  it.each<[string, (s: TemplateSearchSnapshot) => void]>([
    ['an offset past the postings', (s) => s.index.fields[1]!.offsets.fill(1_000_000, 5)],
    ['offsets going back', (s) => s.index.fields[0]!.offsets.set([9, 3], 1)],
    ['a posting to a slot that does not exist', (s) => s.index.fields[1]!.slots.fill(999)],
    ['an intent that does not exist', (s) => s.entries.intents.codes.fill(200)],
    ['a template with no title', (s) => s.entries.titles.fill('', 0, 1)],
    ['rank entries for fewer slots', (s) => s.entries.languages.pop()],
    ['a fractional usage count', (s) => s.entries.usage.fill(0.5)],
    ['a field missing', (s) => s.index.fields.pop()],
    ['keys of another length than the slots', (s) => s.keys.push('extra')],
    ['a negative field length', (s) => s.index.lengths[0]!.fill(-1)],
    ['a key on an empty slot', (s) => s.index.present.fill(0, 0, 1)],
  ])('refuses %s', (_, corrupt) => {
    const snapshot = good();
    corrupt(snapshot);
    expect(consistentSnapshot(snapshot, 3)).toBe(false);
  });
});

describe('textHash', () => {
  it('changes with any of the indexed text, and not with anything else', () => {
    const base = textHash('Refund issued', 'Your refund is on its way.', ['money']);
    expect(textHash('Refund issued', 'Your refund is on its way.', ['money'])).toBe(base);
    expect(textHash('Refund issued!', 'Your refund is on its way.', ['money'])).not.toBe(base);
    expect(textHash('Refund issued', 'Your refund is on its way', ['money'])).not.toBe(base);
    expect(textHash('Refund issued', 'Your refund is on its way.', ['mone', 'y'])).not.toBe(base);
    expect(textHash('Refund issuedYour', ' refund is on its way.', ['money'])).not.toBe(base);
  });
});
