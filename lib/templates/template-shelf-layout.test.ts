import { describe, expect, it } from 'vitest';
import { SHELF_SIZE, shelveAll, shelvesFor, without } from '@/lib/templates/template-shelf-layout';

const record = (id: string, packId?: string) => ({ id, ...(packId ? { packId } : {}) });

describe('the shelf layout of templates', () => {
  it('puts at most SHELF_SIZE templates of one pack on a shelf, ids beside them in order', () => {
    const records = Array.from({ length: SHELF_SIZE + 3 }, (_, i) => record(`t${i}`, 'acme'));
    const shelves = shelvesFor('acme', records);
    expect(shelves.map((shelf) => shelf.ids.length)).toEqual([SHELF_SIZE, 3]);
    expect(shelves[1]!.ids).toEqual(['t100', 't101', 't102']);
    expect(new Set(shelves.map((shelf) => shelf.key)).size).toBe(2);
  });

  it('keeps each pack, and the agent’s own templates, on their own shelves', () => {
    const shelves = shelveAll([record('a', 'acme'), record('own'), record('b', 'acme'), record('c', 'beta')]);
    expect(shelves.map((shelf) => [shelf.packId, shelf.ids])).toEqual([
      ['acme', ['a', 'b']],
      ['', ['own']],
      ['beta', ['c']],
    ]);
  });

  it('takes ids off a shelf with their records, the rest in place', () => {
    const [shelf] = shelvesFor('acme', [record('a'), record('b'), record('c')]);
    const left = without(shelf!, new Set(['b']));
    expect(left.ids).toEqual(['a', 'c']);
    expect(left.templates).toEqual([record('a'), record('c')]);
  });
});
