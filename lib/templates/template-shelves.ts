/**
 * Where templates are stored since database version 9: on shelves, records of up to SHELF_SIZE
 * templates of one pack (or of the agent's own, pack ''), not one record per template. Chromium's
 * IndexedDB pays per record: 5,000 template records took 1.1 s to put with bare calls in one
 * transaction (2026-12-05, load 3–7), the same templates on 50 shelves about 0.2 s. A shelf lists its
 * template ids in `ids` (a multi-entry index), so one template is found without reading the others.
 * Every read and write of templates goes through here; the records on a shelf are untrusted and
 * parsed by their readers (db.ts `parseStoredTemplate`).
 */
import type { Dexie, Table } from 'dexie';
import type { Template } from '@/lib/schemas/template';
import {
  byGroup,
  groupOf,
  idOf,
  SHELF_SIZE,
  shelveAll,
  shelvesFor,
  type TemplateShelf,
  without,
} from '@/lib/templates/template-shelf-layout';

export const TEMPLATE_SHELVES_TABLE = 'templateShelves';
/** The database handle is passed in: db.ts imports this module for its upgrade. */
interface Db extends Pick<Dexie, 'transaction'> {
  templateShelves: Table<TemplateShelf, string>;
}

/** The shelves holding any of these template ids. */
function shelvesHolding(db: Db, ids: readonly string[]): Promise<TemplateShelf[]> {
  return db.templateShelves
    .where('ids')
    .anyOf([...ids])
    .distinct()
    .toArray();
}

/** Every stored template record, shelf by shelf. */
export async function allTemplateRecords(db: Db): Promise<unknown[]> {
  return (await db.templateShelves.toArray()).flatMap((shelf) => shelf.templates);
}

/** The stored records of a pack's templates, its kept local edits included. */
export async function packTemplateRecords(db: Db, packId: string): Promise<unknown[]> {
  return (await db.templateShelves.where('packId').equals(packId).toArray()).flatMap((shelf) => shelf.templates);
}

/** The stored record of each id, in that order; undefined where none is stored. */
export async function templateRecords(db: Db, ids: readonly string[]): Promise<Array<unknown | undefined>> {
  if (ids.length === 0) return [];
  const shelves = await shelvesHolding(db, [...ids]);
  const found = new Map<string, unknown>();
  for (const shelf of shelves) shelf.ids.forEach((id, index) => found.set(id, shelf.templates[index]));
  return ids.map((id) => found.get(id));
}

/** The ids of every stored template, read from the index alone (no record is cloned). */
export async function storedTemplateIds(db: Db): Promise<string[]> {
  return (await db.templateShelves.orderBy('ids').keys()).map(String);
}

async function save(db: Db, shelves: Iterable<TemplateShelf>): Promise<void> {
  const list = [...shelves];
  const empty = list.filter((shelf) => shelf.ids.length === 0).map((shelf) => shelf.key);
  if (empty.length) await db.templateShelves.bulkDelete(empty);
  const filled = list.filter((shelf) => shelf.ids.length > 0);
  if (filled.length) await db.templateShelves.bulkPut(filled);
}

/** Deletes the templates of these ids; an id not stored is ignored. */
export function deleteTemplateRecords(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return Promise.resolve();
  return db.transaction('rw', db.templateShelves, async () => {
    const drop = new Set(ids);
    const shelves = await shelvesHolding(db, [...drop]);
    await save(
      db,
      shelves.map((shelf) => without(shelf, drop)),
    );
  });
}

/**
 * Stores these templates, replacing any stored with the same id: in place on its shelf while it
 * stays in its pack, else on a shelf of its pack with room, else on a new one.
 */
export function putTemplateRecords(db: Db, records: readonly Template[]): Promise<void> {
  if (records.length === 0) return Promise.resolve();
  return db.transaction('rw', db.templateShelves, async () => {
    const incoming = new Map(records.map((record) => [record.id, record]));
    const changed = new Map<string, TemplateShelf>();
    const placed = new Set<string>();
    for (const shelf of await shelvesHolding(db, [...incoming.keys()])) {
      const moved = new Set(shelf.ids.filter((id) => incoming.has(id) && groupOf(incoming.get(id)) !== shelf.packId));
      const next = without(shelf, moved);
      next.templates = next.ids.map((id, index) => {
        if (!incoming.has(id)) return next.templates[index];
        placed.add(id);
        return incoming.get(id);
      });
      changed.set(shelf.key, next);
    }
    const unplaced = byGroup(records.filter((record) => !placed.has(record.id)));
    for (const [packId, group] of unplaced) {
      const remaining = [...group];
      for (const stored of await db.templateShelves.where('packId').equals(packId).toArray()) {
        const shelf = changed.get(stored.key) ?? stored;
        const room = SHELF_SIZE - shelf.ids.length;
        if (room <= 0 || remaining.length === 0) continue;
        const added = remaining.splice(0, room);
        changed.set(shelf.key, { ...shelf, ids: [...shelf.ids, ...added.map(idOf)], templates: [...shelf.templates, ...added] });
      }
      for (const shelf of shelvesFor(packId, remaining)) changed.set(shelf.key, shelf);
    }
    await save(db, changed.values());
  });
}

/**
 * Stores `records` as everything a pack's shelves hold (a pack import): its previous shelves are
 * replaced, and an id of `records` stored on another shelf is taken off it.
 */
export function replacePackTemplateRecords(db: Db, packId: string, records: readonly unknown[]): Promise<void> {
  return db.transaction('rw', db.templateShelves, async () => {
    const ids = new Set(records.map(idOf));
    await db.templateShelves.where('packId').equals(packId).delete();
    const elsewhere = await shelvesHolding(db, [...ids]);
    await save(db, [...elsewhere.map((shelf) => without(shelf, ids)), ...shelvesFor(packId, records)]);
  });
}

/** Replaces every stored template (a backup restore). */
export function replaceAllTemplateRecords(db: Db, records: readonly unknown[]): Promise<void> {
  return db.transaction('rw', db.templateShelves, async () => {
    await db.templateShelves.clear();
    await save(db, shelveAll(records));
  });
}
