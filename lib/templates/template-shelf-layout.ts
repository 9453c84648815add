/**
 * How templates lie on shelves (template-shelves.ts stores them): up to SHELF_SIZE templates of one
 * pack, or of the agent's own (pack ''), per record, their ids listed beside them. Pure: no database.
 */
/** 100 templates of about 1.7 KB: written in about the time of 2 single records (tests/bench/pack-import-chromium.ts). */
export const SHELF_SIZE = 100;
/** The shelf group of templates that belong to no pack. */
const OWN = '';

export interface TemplateShelf {
  key: string;
  /** The pack of every template on the shelf; '' for the agent's own. */
  packId: string;
  /** The ids of `templates`, in the same order. */
  ids: string[];
  templates: unknown[];
}

export function idOf(record: unknown): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : String(id);
}

export function groupOf(record: unknown): string {
  const packId = (record as { packId?: unknown } | null)?.packId;
  return typeof packId === 'string' ? packId : OWN;
}

/** Records by the pack they belong to (Map.groupBy is not in Node 20). */
export function byGroup<T>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groupOf(record);
    const list = groups.get(group);
    if (list) list.push(record);
    else groups.set(group, [record]);
  }
  return groups;
}

/** Shelves for `records` of one group, SHELF_SIZE each, with new keys. */
export function shelvesFor(packId: string, records: readonly unknown[]): TemplateShelf[] {
  const shelves: TemplateShelf[] = [];
  for (let start = 0; start < records.length; start += SHELF_SIZE) {
    const templates = records.slice(start, start + SHELF_SIZE);
    shelves.push({ key: `${packId}\u0000${crypto.randomUUID()}`, packId, ids: templates.map(idOf), templates });
  }
  return shelves;
}

/** The shelf with these ids taken off it. */
export function without(shelf: TemplateShelf, drop: ReadonlySet<string>): TemplateShelf {
  const keep = shelf.ids.flatMap((id, index) => (drop.has(id) ? [] : [index]));
  return { ...shelf, ids: keep.map((index) => shelf.ids[index]!), templates: keep.map((index) => shelf.templates[index]) };
}

/** Shelves holding `records`, each pack's on its own (a backup restore, the upgrade to version 9). */
export function shelveAll(records: readonly unknown[]): TemplateShelf[] {
  return [...byGroup(records)].flatMap(([packId, group]) => shelvesFor(packId, group));
}
