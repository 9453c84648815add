import { describe, expect, it } from 'vitest';
import { consistentColumns, toColumns } from '@/lib/suggest/rank-entry-columns';
import { rankEntryOf } from '@/lib/suggest/rank-library';
import { largeLibrary } from '@/lib/suggest/testing/large-library';

describe('rank entries as columns', () => {
  const entries = largeLibrary(30).map(rankEntryOf);

  it('describes every present slot, free slots included, after a structured clone', () => {
    const bySlot = [null, ...entries.slice(0, 10), null, ...entries.slice(10)];
    const columns = structuredClone(toColumns(bySlot));
    expect(
      consistentColumns(
        columns,
        Uint8Array.from(bySlot, (entry) => (entry ? 1 : 0)),
      ),
    ).toBe(true);
    expect(columns.titles[0]).toBe('');
    expect(columns.titles[1]).toBe(entries[0]!.title);
  });

  it('refuses a present slot without intents', () => {
    const columns = toColumns(entries.slice(0, 3));
    columns.intents.offsets.set([0, 0, 0, columns.intents.codes.length].slice(0, 4));
    expect(consistentColumns(columns, new Uint8Array([1, 1, 1]))).toBe(false);
  });
});
