/**
 * Reading a saved search index (index-snapshot.ts, checked before it gets here) back into the
 * slot bookkeeping of template-slots.ts: which key holds which slot, the free slots, and the
 * library as the snapshot saw it, without the templates' bodies.
 */
import type { FieldIndex } from '@/lib/suggest/field-index';
import type { TemplateSearchSnapshot } from '@/lib/suggest/index-snapshot';
import { type Indexed, restoredTemplateIndex } from '@/lib/suggest/indexed-template';
import type { RankEntry } from '@/lib/suggest/rank-entry';
import { entryAt } from '@/lib/suggest/rank-entry-read';

export interface RestoredSlots {
  index: FieldIndex;
  slots: number;
  freeSlots: number[];
  indexed: Map<string, Indexed>;
  /** The rank entries, ordered by id as the database lists them. */
  library: RankEntry[];
  /** The position in `library` of the template in each slot, -1 for none. */
  positionOf: Int32Array<ArrayBuffer>;
}

export function restoreSlots(snapshot: TemplateSearchSnapshot): RestoredSlots {
  const slots = snapshot.keys.length;
  const freeSlots: number[] = [];
  const indexed = new Map<string, Indexed>();
  let library: RankEntry[] = [];
  let slotOf: number[] = [];
  let sorted = true;
  // A plain loop: it runs once per panel open, before the JIT has compiled anything.
  for (let slot = 0; slot < snapshot.keys.length; slot++) {
    const key = snapshot.keys[slot]!;
    if (key === '') {
      freeSlots.push(slot);
      continue;
    }
    // A repeated id's copy is keyed `id\u0000n` (template-slots.ts `sync`): its entry is the template's.
    const copy = key.indexOf('\u0000');
    const entry = entryAt(snapshot.entries, slot, copy < 0 ? key : key.slice(0, copy));
    indexed.set(key, { entry, slot, hash: snapshot.hashes[slot]! });
    if (library.length > 0 && library[library.length - 1]!.id > entry.id) sorted = false;
    library.push(entry);
    slotOf.push(slot);
  }
  // Slots follow the order templates were first indexed in, the database's (by id): mostly sorted already.
  if (!sorted) {
    const order = library.map((_, i) => i);
    order.sort((a, b) => (library[a]!.id < library[b]!.id ? -1 : library[a]!.id > library[b]!.id ? 1 : 0));
    [library, slotOf] = [order.map((i) => library[i]!), order.map((i) => slotOf[i]!)];
  }
  const positionOf = new Int32Array(slots).fill(-1);
  for (let position = 0; position < slotOf.length; position++) positionOf[slotOf[position]!] = position;
  return { index: restoredTemplateIndex(snapshot.index), slots, freeSlots, indexed, library, positionOf };
}
