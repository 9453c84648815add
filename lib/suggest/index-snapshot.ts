/**
 * The search index saved between panel opens (lib/suggest/index-store.ts): building it for 5,000
 * templates takes a second on the panel's main thread, reading it back a few milliseconds. Flat
 * typed arrays, which IndexedDB stores and clones as whole buffers. A stored snapshot is checked
 * here before use: a wrong one is dropped and the index is built again, never trusted.
 */
import { z } from 'zod';
import { consistentColumns, type RankEntryColumns, RankEntryColumnsSchema } from '@/lib/suggest/rank-entry-columns';
import { allBelow, stringList, validOffsets } from '@/lib/suggest/typed-array-checks';

/**
 * Bumped whenever what the index holds for a template changes (its fields, how words are split or
 * kept: document-terms.ts, query-terms.ts `searchTerm`, indexed-template.ts `visibleWords`), or what the
 * snapshot holds, so a snapshot saved by an older Deskpilot is rebuilt rather than misread.
 * 2 (2026-12-04): the library's revision and each template's rank entry; no per-slot term lists.
 */
export const INDEX_FORMAT = 2;

export interface FieldIndexSnapshot {
  /** The dictionary; a term's number is its position here. */
  terms: string[];
  /** Per term, the documents holding it in any field. */
  documents: Int32Array;
  /** Per field, each term's postings at `slots`/`frequencies`[offsets[term] .. offsets[term + 1]). */
  fields: { offsets: Int32Array; slots: Int32Array; frequencies: Uint16Array }[];
  /** Per field, token count by slot, and their total. */
  lengths: Float64Array[];
  totals: number[];
  /** By slot: 1 when it holds a document. */
  present: Uint8Array;
}

export interface TemplateSearchSnapshot {
  format: number;
  index: FieldIndexSnapshot;
  /** By slot: the template key it holds ('' for a free slot), and a hash of its indexed text. */
  keys: string[];
  hashes: Uint32Array;
  /** By slot: what ranking reads of the template (rank-entry.ts), as columns. */
  entries: RankEntryColumns;
  /** The library's revision token (lib/templates/library-revision.ts) the index was last synced with; '' when unknown. */
  revision: string;
}

const FieldIndexSnapshotSchema = z.object({
  terms: stringList(),
  documents: z.instanceof(Int32Array),
  fields: z.array(z.object({ offsets: z.instanceof(Int32Array), slots: z.instanceof(Int32Array), frequencies: z.instanceof(Uint16Array) })),
  lengths: z.array(z.instanceof(Float64Array)),
  totals: z.array(z.number()),
  present: z.instanceof(Uint8Array),
});

export const TemplateSearchSnapshotSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  index: FieldIndexSnapshotSchema,
  keys: stringList(),
  hashes: z.instanceof(Uint32Array),
  entries: RankEntryColumnsSchema,
  revision: z.string(),
});

/** Whether every array agrees with the others: lengths, offsets and numbers in bounds. */
export function consistentSnapshot(snapshot: TemplateSearchSnapshot, fieldCount: number): boolean {
  const { index, keys, hashes, entries } = snapshot;
  const terms = index.terms.length;
  const slots = index.present.length;
  if (index.documents.length !== terms || keys.length !== slots || hashes.length !== slots) return false;
  if (index.fields.length !== fieldCount || index.lengths.length !== fieldCount || index.totals.length !== fieldCount) return false;
  // Plain loops: this runs once per panel open, before the JIT has compiled anything.
  for (const lengths of index.lengths) {
    if (lengths.length !== slots) return false;
    for (let slot = 0; slot < slots; slot++) if (!(lengths[slot]! >= 0)) return false;
  }
  for (const { offsets, slots: bySlot, frequencies } of index.fields)
    if (bySlot.length !== frequencies.length || !validOffsets(offsets, terms, bySlot.length) || !allBelow(bySlot, slots)) return false;
  // A slot holds a document exactly when it has a key, and then a rank entry.
  for (let slot = 0; slot < slots; slot++) if ((keys[slot] === '') !== !index.present[slot]) return false;
  return consistentColumns(entries, index.present);
}

/**
 * FNV-1a over a template's indexed text, with each field's length: whether a template changed
 * since the snapshot was saved, without keeping its text. A template whose hash differs is
 * indexed again.
 */
export function textHash(title: string, body: string, tags: readonly string[]): number {
  let hash = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ (text.length & 0xffff), 0x01000193);
  };
  mix(title);
  mix(body);
  for (const tag of tags) mix(tag);
  return hash >>> 0;
}
