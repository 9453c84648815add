/**
 * A field index's term dictionary (field-index.ts) as the flat arrays a snapshot saves
 * (index-snapshot.ts), and back: one dictionary entry per term, whose postings read the
 * snapshot's arrays until they change (postings.ts).
 */
import type SearchableMap from 'minisearch/SearchableMap';
import type { FieldIndexSnapshot } from '@/lib/suggest/index-snapshot';
import { Postings } from '@/lib/suggest/postings';
import type { TermEntry } from '@/lib/suggest/term-expansion';

type TermArrays = Pick<FieldIndexSnapshot, 'terms' | 'documents' | 'fields'>;

/** The dictionary's terms, their document counts and, per field, their postings laid end to end. */
export function termArrays(dictionary: SearchableMap<TermEntry>, fieldCount: number): TermArrays {
  const terms: string[] = [];
  const entries: TermEntry[] = [];
  for (const [term, entry] of dictionary) {
    terms.push(term);
    entries.push(entry);
  }
  const fields = Array.from({ length: fieldCount }, (_, field) => {
    const offsets = new Int32Array(terms.length + 1);
    entries.forEach((entry, i) => {
      offsets[i + 1] = offsets[i]! + (entry.postings[field]?.size ?? 0);
    });
    const bySlot = new Int32Array(offsets[terms.length]!);
    const frequencies = new Uint16Array(bySlot.length);
    let at = 0;
    for (const entry of entries)
      entry.postings[field]?.forEach((slot, frequency) => {
        bySlot[at] = slot;
        frequencies[at++] = frequency;
      });
    return { offsets, slots: bySlot, frequencies };
  });
  return { terms, documents: Int32Array.from(entries, (entry) => entry.documents), fields };
}

/** Fills `dictionary` with the terms of a snapshot checked by index-snapshot.ts. */
export function restoreTerms(dictionary: SearchableMap<TermEntry>, { terms, documents, fields }: TermArrays): void {
  // Plain loops: this runs once per panel open, before the JIT has compiled anything.
  for (let i = 0; i < terms.length; i++) {
    const postings: (Postings | undefined)[] = [];
    for (const { offsets, slots, frequencies } of fields) {
      const from = offsets[i]!;
      const to = offsets[i + 1]!;
      postings.push(from === to ? undefined : new Postings(slots, frequencies, from, to));
    }
    dictionary.set(terms[i]!, { documents: documents[i]!, postings });
  }
}
