import { describe, expect, it } from 'vitest';
import type { Pack, PackTemplate } from '@/lib/schemas/pack';
import type { Template } from '@/lib/schemas/template';
import { merge } from '@/lib/templates/pack-template-merge';

const NOW = '2026-12-07T11:00:00.000Z';
const EARLIER = '2026-11-30T09:00:00.000Z';
const pack = { id: 'acme', version: '1.2.0' } as Pack;
const incoming: PackTemplate = {
  id: 'acme.where',
  title: 'Where is my order',
  body: 'Your order {{order.number}} is on its way.',
  intents: ['where_is_my_order'],
  language: 'en',
  sites: [],
  tags: [],
};
const stored = (changes: Partial<Template> = {}): Template => ({
  ...incoming,
  packId: 'acme',
  packBody: incoming.body,
  packVersion: '1.2.0',
  locallyModified: false,
  updatedAt: EARLIER,
  usageCount: 7,
  ...changes,
});

describe('a pack template merged with its stored record', () => {
  it('adds a new template, stamped now', () => {
    expect(merge(undefined, incoming, pack, NOW)).toMatchObject({ outcome: 'added', record: { updatedAt: NOW, usageCount: 0 } });
  });

  it('leaves an identical template unchanged, its date and usage kept', () => {
    expect(merge(stored(), incoming, pack, NOW)).toMatchObject({ outcome: 'unchanged', record: { updatedAt: EARLIER, usageCount: 7 } });
  });

  it('updates a changed body, keeping how often the team used it', () => {
    const older = stored({ body: 'Old words.', packBody: 'Old words.', packVersion: '1.1.0' });
    expect(merge(older, incoming, pack, NOW)).toMatchObject({
      outcome: 'updated',
      record: { body: incoming.body, updatedAt: NOW, usageCount: 7 },
    });
  });

  it('keeps the agent’s edit and remembers the pack body it was made against', () => {
    const edited = stored({ body: 'Our words.', locallyModified: true, packBody: 'Old words.', packVersion: '1.1.0' });
    const { record, outcome } = merge(edited, incoming, pack, NOW);
    expect(outcome).toBe('keptLocal');
    expect(record).toMatchObject({ body: 'Our words.', packBody: incoming.body, packVersion: '1.2.0', reviewedPackBody: 'Old words.' });
  });
});
