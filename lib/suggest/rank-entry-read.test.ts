import { describe, expect, it } from 'vitest';
import { consistentColumns, toColumns } from '@/lib/suggest/rank-entry-columns';
import { entryAt } from '@/lib/suggest/rank-entry-read';
import { rankEntryOf } from '@/lib/suggest/rank-library';
import { largeLibrary } from '@/lib/suggest/testing/large-library';

describe('a rank entry read back from columns', () => {
  const library = largeLibrary(120).map((t, i) => (i === 4 ? { ...t, sites: ['amazon-seller-central' as const, 'ebay' as const] } : t));
  const entries = library.map(rankEntryOf);

  it('gives back each entry as rankEntryOf made it, free slots included', () => {
    const bySlot = [null, ...entries.slice(0, 60), null, ...entries.slice(60)];
    const columns = structuredClone(toColumns(bySlot));
    const present = Uint8Array.from(bySlot, (entry) => (entry ? 1 : 0));
    expect(consistentColumns(columns, present)).toBe(true);
    bySlot.forEach((entry, slot) => {
      if (entry) expect(entryAt(columns, slot, entry.id)).toEqual(entry);
    });
  });

  it('keeps the verdict on a site’s messaging rules that the body gave', () => {
    const linked = rankEntryOf({ ...library[0]!, body: 'Order again at https://shop.example/deals' });
    expect(linked.keepsRules?.['amazon-seller-central']).toBe(false);
    expect(entryAt(toColumns([linked]), 0, linked.id).keepsRules?.['amazon-seller-central']).toBe(false);
    const keeps = entries.find((entry) => entry.keepsRules?.['amazon-seller-central'])!;
    expect(entryAt(toColumns([keeps]), 0, keeps.id).keepsRules?.['amazon-seller-central']).toBe(true);
  });

  it('shares one frozen intent list between entries that hold the same intents', () => {
    const columns = toColumns([entries[0]!, { ...entries[1]!, intents: [...entries[0]!.intents] }]);
    const first = entryAt(columns, 0, 'a');
    expect(entryAt(columns, 1, 'b').intents).toBe(first.intents);
    expect(Object.isFrozen(first.intents)).toBe(true);
  });
});
