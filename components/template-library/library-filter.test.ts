import { describe, expect, it } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { filterTemplates, libraryFacets, NO_FILTER } from './library-filter';

function template(id: string, title: string, body: string, extra: Partial<Template> = {}): Template {
  return {
    id,
    title,
    body,
    intents: ['other'],
    language: 'en',
    sites: [],
    tags: [],
    locallyModified: false,
    updatedAt: '2026-11-24T00:00:00Z',
    usageCount: 0,
    ...extra,
  };
}

const LIBRARY = [
  template('t.refund', 'Refund issued', 'We refunded {{ order.total }} to your card.', { intents: ['refund'], tags: ['money'] }),
  template('t.where', 'Where is my order', 'Your parcel is with {{ order.carrier }}.', {
    intents: ['where_is_my_order'],
    tags: ['shipping'],
  }),
  template('t.wo', 'Wo ist meine Bestellung', 'Ihr Paket ist unterwegs.', {
    intents: ['where_is_my_order'],
    language: 'de',
    tags: ['shipping'],
  }),
  template('t.amazon', 'Amazon: refund', 'The refund was issued through Amazon.', {
    intents: ['refund'],
    sites: ['amazon-seller-central'],
  }),
  template('t.gmail', 'Damaged mug', 'Sorry the mug arrived broken; a replacement is on its way.', {
    intents: ['damaged_item'],
    sites: ['gmail'],
  }),
];

const ids = (list: Template[]) => list.map((t) => t.id);

describe('filterTemplates', () => {
  it('lists everything by title when nothing is set', () => {
    expect(ids(filterTemplates(LIBRARY, NO_FILTER))).toEqual(['t.amazon', 't.gmail', 't.refund', 't.where', 't.wo']);
  });

  it('ranks word matches, fuzzy and by prefix, and ignores Liquid markup', () => {
    expect(ids(filterTemplates(LIBRARY, { ...NO_FILTER, query: 'refnd' })).sort()).toEqual(['t.amazon', 't.refund']);
    expect(ids(filterTemplates(LIBRARY, { ...NO_FILTER, query: 'replace' }))).toEqual(['t.gmail']);
    expect(filterTemplates(LIBRARY, { ...NO_FILTER, query: 'carrier' })).toEqual([]);
  });

  it('finds titles by words the index skips (short or common ones such as "order")', () => {
    expect(ids(filterTemplates(LIBRARY, { ...NO_FILTER, query: 'order' }))).toEqual(['t.where']);
    expect(ids(filterTemplates(LIBRARY, { ...NO_FILTER, query: 'wo' }))).toEqual(['t.wo']);
  });

  it('filters by intent, tag and language, with words on top', () => {
    expect(ids(filterTemplates(LIBRARY, { ...NO_FILTER, intent: 'where_is_my_order' }))).toEqual(['t.where', 't.wo']);
    expect(ids(filterTemplates(LIBRARY, { ...NO_FILTER, tag: 'shipping', language: 'de' }))).toEqual(['t.wo']);
    expect(ids(filterTemplates(LIBRARY, { ...NO_FILTER, query: 'refund', intent: 'refund', site: 'gmail' }))).toEqual(['t.refund']);
  });

  it('counts a template with no sites as usable in every inbox', () => {
    expect(ids(filterTemplates(LIBRARY, { ...NO_FILTER, site: 'amazon-seller-central' }))).toEqual([
      't.amazon',
      't.refund',
      't.where',
      't.wo',
    ]);
  });
});

describe('libraryFacets', () => {
  it('lists the tags and languages present, sorted and once each', () => {
    expect(libraryFacets(LIBRARY)).toEqual({ tags: ['money', 'shipping'], languages: ['de', 'en'] });
  });
});
