/**
 * The template index kept up to date incrementally: each template has a slot in the field index;
 * when the template list handed in is a new array (a fresh database read), only templates added,
 * removed or changed since are added to, removed from or replaced in the index; the same array
 * again costs nothing. `revision` counts those changes and stands for the library's content:
 * nothing is re-signed or rebuilt per call.
 */
import type { FieldIndex } from '@/lib/suggest/field-index';
import { INDEX_FORMAT, type TemplateSearchSnapshot } from '@/lib/suggest/index-snapshot';
import { emptyTemplateIndex, fieldsOf, hashOf, type Indexed, textChanged } from '@/lib/suggest/indexed-template';
import type { RankEntry } from '@/lib/suggest/rank-entry';
import { toColumns } from '@/lib/suggest/rank-entry-columns';
import { rankEntryOf } from '@/lib/suggest/rank-library';
import { restoreSlots } from '@/lib/suggest/template-slots-restore';

export class TemplateSlots {
  index: FieldIndex = emptyTemplateIndex();
  /** Slots in use or freed: the length of by-slot arrays. */
  slots = 0;
  /** The position in the current list of the template in each slot, -1 for none. */
  positionOf = new Int32Array(0);
  /** Bumped on every change to the indexed templates: the library's content signature. */
  revision = 0;
  private indexed = new Map<string, Indexed>();
  private freeSlots: number[] = [];
  private list: readonly RankEntry[] | null = null;
  /** The rank entries read back from a snapshot, ordered by id, until the next sync. */
  private restoredEntries: RankEntry[] | null = null;

  /**
   * Brings the index in line with `templates` (whole templates, or rank entries read with the
   * snapshot); returns whether anything changed.
   */
  sync(templates: readonly RankEntry[]): boolean {
    if (templates === this.list) return false;
    const before = this.revision;
    if (this.patch(templates)) return this.revision !== before;
    const seen = new Set<string>();
    const slotAt: number[] = [];
    templates.forEach((template) => {
      // A pack may (wrongly) repeat an id: each copy is its own document.
      let key = template.id;
      for (let copy = 2; seen.has(key); copy++) key = `${template.id}\u0000${copy}`;
      seen.add(key);
      const known = this.indexed.get(key);
      const slot = known?.slot ?? this.freeSlots.pop() ?? this.slots++;
      slotAt.push(slot);
      if (known?.entry === template) return;
      if (known && !textChanged(known, template)) {
        this.indexed.set(key, { entry: template, slot, hash: known.hash });
        return;
      }
      this.indexed.set(key, { entry: template, slot, hash: null });
      this.index.add(slot, fieldsOf(template));
      this.revision++;
    });
    for (const [key, { slot }] of this.indexed) {
      if (seen.has(key)) continue;
      this.index.remove(slot);
      this.freeSlots.push(slot);
      this.indexed.delete(key);
      this.revision++;
    }
    this.positionOf = new Int32Array(this.slots).fill(-1);
    slotAt.forEach((slot, position) => {
      this.positionOf[slot] = position;
    });
    this.list = templates;
    this.restoredEntries = null;
    return this.revision !== before;
  }

  /**
   * The common change, a template edited or saved in place: the same list but for a few
   * positions, each still holding a template of the same id. Those are compared and indexed
   * again; the rest is a pointer comparison per position, not a walk of every id. Returns false
   * (nothing done) for any other change, which `sync` then works out in full.
   */
  private patch(templates: readonly RankEntry[]): boolean {
    const list = this.list;
    if (!list || list.length !== templates.length) return false;
    const changed: number[] = [];
    for (let i = 0; i < templates.length; i++) {
      if (templates[i] === list[i]) continue;
      // Only a template indexed under its own id (not a repeated id's copy) is patched in place.
      if (templates[i]!.id !== list[i]!.id || this.indexed.get(list[i]!.id)?.entry !== list[i]) return false;
      changed.push(i);
    }
    for (const i of changed) {
      const template = templates[i]!;
      const known = this.indexed.get(template.id)!;
      if (!textChanged(known, template)) {
        this.indexed.set(template.id, { entry: template, slot: known.slot, hash: known.hash });
        continue;
      }
      this.indexed.set(template.id, { entry: template, slot: known.slot, hash: null });
      this.index.add(known.slot, fieldsOf(template));
      this.revision++;
    }
    this.list = templates;
    this.restoredEntries = null;
    return true;
  }

  /** Whether nothing was indexed or restored yet: a snapshot can only be read into an empty index. */
  get empty(): boolean {
    return this.list === null && this.indexed.size === 0;
  }

  /** The index as it stands, with each template's rank entry and the library `revision` token given. */
  snapshot(revision: string): TemplateSearchSnapshot {
    const keys: string[] = new Array<string>(this.slots).fill('');
    const hashes = new Uint32Array(this.slots);
    const entries: (RankEntry | null)[] = new Array<RankEntry | null>(this.slots).fill(null);
    for (const [key, known] of this.indexed) {
      keys[known.slot] = key;
      known.hash ??= hashOf(known.entry);
      hashes[known.slot] = known.hash;
      entries[known.slot] = rankEntryOf(known.entry);
    }
    return { format: INDEX_FORMAT, index: this.index.snapshot(this.slots), keys, hashes, entries: toColumns(entries), revision };
  }

  /** The library as the restored snapshot saw it, ordered by id; null once synced with a list. */
  get restoredLibrary(): readonly RankEntry[] | null {
    return this.restoredEntries;
  }

  /**
   * Reads a checked snapshot into these empty slots. The next `sync` indexes only what changed
   * since it was saved: templates whose text hash differs, added or removed.
   */
  restore(snapshot: TemplateSearchSnapshot): void {
    if (!this.empty) throw new Error('TemplateSearch.restore needs an empty index');
    const restored = restoreSlots(snapshot);
    this.index = restored.index;
    this.slots = restored.slots;
    this.freeSlots = restored.freeSlots;
    this.indexed = restored.indexed;
    this.revision++;
    // The restored library is the list these slots are synced with: ranking it first (which syncs)
    // walks no template, and a fresh read of the same templates is compared in place (patch).
    this.positionOf = restored.positionOf;
    this.list = restored.library;
    this.restoredEntries = restored.library;
  }
}
