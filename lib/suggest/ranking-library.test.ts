import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import type { Template } from '@/lib/schemas/template';
import { INDEX_FORMAT } from '@/lib/suggest/index-snapshot';
import { loadIndexSnapshot, loadRankingLibrary } from '@/lib/suggest/index-store';
import { renderPlan } from '@/lib/suggest/render-plan';
import { planSuggestions, plannedTemplateIds, suggestReplies } from '@/lib/suggest/suggest';
import type { SuggestResult } from '@/lib/suggest/suggestion-types';
import { TemplateSearch } from '@/lib/suggest/template-index';
import { idleAtOnce } from '@/lib/suggest/testing/idle-at-once';
import { largeLibrary } from '@/lib/suggest/testing/large-library';
import { orderShaped, ticketSaying } from '@/lib/suggest/testing/fixtures';
import { getDatabase } from '@/lib/templates/db';
import { getTemplates, listTemplates, readLibraryRevision, recordUsage, saveTemplate } from '@/lib/templates/repository';
import { putTemplateRecords } from '@/lib/templates/template-shelves';
import { resetDatabase } from '@/lib/templates/testing/reset-database';

const library = largeLibrary(400);
const agent = { name: 'Ines' };
const orders = [orderShaped('in-transit', '#3107', '2026-11-19T12:00:00Z')];
const TICKETS = [
  ticketSaying('Hi, where is my order #3107? It has not arrived yet. Thanks, Jonas', { orderRefs: ['#3107'] }),
  ticketSaying('The mug arrived broken, I would like a refund please.'),
  ticketSaying('Wo ist mein Paket? Die Sendungsverfolgung zeigt seit Tagen nichts.'),
  ticketSaying('Can I change the delivery address? And where is my parcel?'),
  // Amazon's messaging rules are checked on the body: a rank entry carries the verdict instead.
  ticketSaying('Where is my order? Tracking has not moved.', { site: 'amazon-seller-central' }),
];

beforeEach(async () => {
  await resetDatabase();
  await putTemplateRecords(getDatabase(), library);
});

/** Counts the template ids read by id (the shelves' `ids` index), as the panel reads the replies it shows. */
function countReadsById(): () => number {
  const shelves = getDatabase().templateShelves;
  const where = shelves.where.bind(shelves);
  let read = 0;
  vi.spyOn(shelves, 'where').mockImplementation(((index: string) => {
    const clause = where(index);
    if (index !== 'ids') return clause;
    const anyOf = clause.anyOf.bind(clause);
    return Object.assign(clause, {
      anyOf: (keys: string[]) => {
        read += keys.length;
        return anyOf(keys);
      },
    });
  }) as typeof shelves.where);
  return () => read;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A panel open: ranks what loadRankingLibrary gives, then reads only the shown templates by id. */
async function panelSuggestions(search: TemplateSearch): Promise<SuggestResult[]> {
  const ranked = await loadRankingLibrary(search);
  return Promise.all(
    TICKETS.map(async (ticket) => {
      const plan = planSuggestions({ ticket, orders, templates: ranked });
      const shown = new Map((await getTemplates(plannedTemplateIds(plan))).map((t) => [t.id, t]));
      return renderPlan(plan, (entry) => shown.get(entry.id), { ticket, shop: DEFAULT_SHOP_FACTS, agent });
    }),
  );
}

function fromWholeTemplates(templates: readonly Template[]): SuggestResult[] {
  return TICKETS.map((ticket) => suggestReplies({ ticket, orders, templates, shop: DEFAULT_SHOP_FACTS, agent }));
}

function summary(results: SuggestResult[]): string[][] {
  return results.map((result) =>
    result.groups.flatMap((group) => group.suggestions.map((s) => `${s.template.id} ${s.rendered.text.length}`)),
  );
}

async function savedWithRevision(): Promise<void> {
  const token = await readLibraryRevision();
  await vi.waitFor(async () => expect((await loadIndexSnapshot())?.revision).toBe(token));
}

describe('the panel ranks from the saved index without reading every template', () => {
  it('reads only the shown templates once the index is saved, with the same suggestions as the whole library', async () => {
    idleAtOnce();
    const first = await panelSuggestions(new TemplateSearch());
    await savedWithRevision();
    const toArray = vi.spyOn(getDatabase().templateShelves, 'toArray');
    const byId = countReadsById();
    const next = await panelSuggestions(new TemplateSearch());
    expect(toArray).not.toHaveBeenCalled();
    const read = byId();
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThanOrEqual(TICKETS.length * 9);
    expect(summary(next)).toEqual(summary(first));
    expect(summary(next)).toEqual(summary(fromWholeTemplates(library)));
    expect(next.every((result) => result.suggestions.length > 0)).toBe(true);
  });

  it('asks for the saved index and the library revision at once, not one after the other', async () => {
    idleAtOnce();
    await panelSuggestions(new TemplateSearch());
    await savedWithRevision();
    const db = getDatabase();
    const revisionGet = db.libraryRevision.get.bind(db.libraryRevision);
    let releaseRevision: () => void = () => undefined;
    const revisionHeld = new Promise<void>((resolve) => (releaseRevision = resolve));
    vi.spyOn(db.libraryRevision, 'get').mockImplementation((async (key: string) => {
      await revisionHeld;
      return revisionGet(key);
    }) as typeof db.libraryRevision.get);
    const indexGet = vi.spyOn(db.searchIndex, 'get');
    const loading = loadRankingLibrary(new TemplateSearch());
    // The revision is not answered yet, and the saved index is already asked for.
    await vi.waitFor(() => expect(indexGet).toHaveBeenCalledTimes(1));
    releaseRevision();
    expect((await loading).length).toBe(library.length);
    expect(indexGet).toHaveBeenCalledTimes(1);
  });

  it('reads the library again after any template write, and ranks the edit', async () => {
    idleAtOnce();
    await panelSuggestions(new TemplateSearch());
    await savedWithRevision();
    const before = await readLibraryRevision();
    const edited = {
      ...library[5]!,
      title: 'Kaputte Tasse: Erstattung',
      body: 'Die Tasse kam kaputt an? Wir erstatten den Betrag sofort.',
    };
    await saveTemplate(edited);
    expect(await readLibraryRevision()).not.toBe(before);
    const toArray = vi.spyOn(getDatabase().templateShelves, 'toArray');
    const search = new TemplateSearch();
    const ranked = await loadRankingLibrary(search);
    expect(toArray).toHaveBeenCalledTimes(1);
    expect(ranked.find((entry) => entry.id === edited.id)?.title).toBe(edited.title);
    await savedWithRevision();
    // Saved again with the new revision: the next open reads no template.
    toArray.mockClear();
    const again = await loadRankingLibrary(new TemplateSearch());
    expect(toArray).not.toHaveBeenCalled();
    expect(again.find((entry) => entry.id === edited.id)?.title).toBe(edited.title);
  });

  it('saves the index again in the page that counted a use, so the next panel reads no template', async () => {
    idleAtOnce();
    const search = new TemplateSearch();
    await loadRankingLibrary(search);
    await savedWithRevision();
    const used = library[3]!;
    await recordUsage(used.id);
    // The panel reads the library again after an insert (its query is invalidated).
    await loadRankingLibrary(search);
    await savedWithRevision();
    const toArray = vi.spyOn(getDatabase().templateShelves, 'toArray');
    const next = await loadRankingLibrary(new TemplateSearch());
    expect(toArray).not.toHaveBeenCalled();
    expect(next.find((entry) => entry.id === used.id)?.usageCount).toBe(used.usageCount + 1);
  });

  it.each<[string, () => Promise<void>]>([
    ['missing', () => getDatabase().searchIndex.clear()],
    [
      'from an older format',
      async () => {
        const record = (await getDatabase().searchIndex.get('templates'))!;
        await getDatabase().searchIndex.put({ ...record, snapshot: { ...(record.snapshot as object), format: INDEX_FORMAT - 1 } });
      },
    ],
    [
      'corrupt',
      () =>
        getDatabase()
          .searchIndex.put({ key: 'templates', savedAt: 'x', snapshot: { format: INDEX_FORMAT, index: 'nonsense' } })
          .then(() => undefined),
    ],
    [
      'stale (a template written after it was saved)',
      () => saveTemplate({ ...library[9]!, body: 'Your parcel left our warehouse today.' }).then(() => undefined),
    ],
    [
      'unreadable',
      async () => {
        vi.spyOn(getDatabase().searchIndex, 'get').mockRejectedValue(new Error('disk gone'));
      },
    ],
  ])('when the saved index is %s, reads every template and still suggests', async (_, spoil) => {
    idleAtOnce();
    await panelSuggestions(new TemplateSearch());
    await savedWithRevision();
    await spoil();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const toArray = vi.spyOn(getDatabase().templateShelves, 'toArray');
    const results = await panelSuggestions(new TemplateSearch());
    expect(toArray).toHaveBeenCalledTimes(1);
    expect(results.every((result) => result.suggestions.length > 0)).toBe(true);
    const whole = await listTemplates();
    expect(summary(results)).toEqual(summary(fromWholeTemplates(whole)));
  });
});
