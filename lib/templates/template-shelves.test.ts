import { beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { getDatabase } from '@/lib/templates/db';
import {
  allTemplateRecords,
  deleteTemplateRecords,
  putTemplateRecords,
  replacePackTemplateRecords,
  storedTemplateIds,
  templateRecords,
} from '@/lib/templates/template-shelves';
import { SHELF_SIZE } from '@/lib/templates/template-shelf-layout';
import { resetDatabase } from '@/lib/templates/testing/reset-database';

function template(id: string, packId?: string, body = `Reply ${id}`): Template {
  return {
    id,
    title: `Title ${id}`,
    body,
    intents: ['other'],
    language: 'en',
    sites: [],
    tags: [],
    ...(packId ? { packId } : {}),
    locallyModified: false,
    updatedAt: '2026-11-24T12:00:00.000Z',
    usageCount: 0,
  };
}

async function layout(): Promise<Array<[string, number]>> {
  const shelves = await getDatabase().templateShelves.toArray();
  expect(shelves.every((shelf) => shelf.ids.join() === shelf.templates.map((t) => (t as Template).id).join())).toBe(true);
  return shelves.map((shelf): [string, number] => [shelf.packId, shelf.ids.length]).sort((a, b) => a[0].localeCompare(b[0]) || b[1] - a[1]);
}

beforeEach(async () => {
  await resetDatabase();
});

describe('template shelves', () => {
  it('fills a pack’s shelves up to SHELF_SIZE before starting another, one template at a time too', async () => {
    const db = getDatabase();
    await putTemplateRecords(
      db,
      Array.from({ length: SHELF_SIZE + 5 }, (_, i) => template(`acme.${i}`, 'acme')),
    );
    for (const id of ['own.a', 'own.b', 'own.c']) await putTemplateRecords(db, [template(id)]);
    expect(await layout()).toEqual([
      ['', 3],
      ['acme', SHELF_SIZE],
      ['acme', 5],
    ]);
    expect((await storedTemplateIds(db)).length).toBe(SHELF_SIZE + 8);
  });

  it('replaces a template in place, moves it when its pack changes, and deletes emptied shelves', async () => {
    const db = getDatabase();
    await putTemplateRecords(db, [template('own.a'), template('acme.a', 'acme')]);
    await putTemplateRecords(db, [template('own.a', undefined, 'New words')]);
    expect(await templateRecords(db, ['own.a', 'missing'])).toEqual([template('own.a', undefined, 'New words'), undefined]);
    expect(await layout()).toEqual([
      ['', 1],
      ['acme', 1],
    ]);
    await putTemplateRecords(db, [template('own.a', 'acme')]);
    expect(await layout()).toEqual([['acme', 2]]);
    await deleteTemplateRecords(db, ['acme.a', 'own.a', 'missing']);
    expect(await db.templateShelves.count()).toBe(0);
  });

  it('replaces a pack’s shelves whole, taking its ids off any other shelf, leaving other packs alone', async () => {
    const db = getDatabase();
    await putTemplateRecords(db, [template('acme.a', 'acme'), template('acme.b', 'acme'), template('own.x'), template('team.c', 'team')]);
    // A stray record of the pack's id on another shelf (e.g. a corrupt one) does not survive beside it.
    await replacePackTemplateRecords(db, 'acme', [template('acme.b', 'acme', 'v2'), template('own.x', 'acme')]);
    expect(((await allTemplateRecords(db)) as Template[]).map((t) => [t.id, t.packId, t.body]).sort()).toEqual([
      ['acme.b', 'acme', 'v2'],
      ['own.x', 'acme', 'Reply own.x'],
      ['team.c', 'team', 'Reply team.c'],
    ]);
    expect(await layout()).toEqual([
      ['acme', 2],
      ['team', 1],
    ]);
  });
});
