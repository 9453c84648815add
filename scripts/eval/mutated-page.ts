/**
 * A fixture page read after layout mutations (./layout-mutations.ts): parsed afresh, mutated with a
 * seed of its own (the page, the mutations, the run's seed), then read by a reader and checked
 * field by field against the page's expected ticket.
 */
import type { Thread } from '@/lib/schemas/ticket';
import type { FixturePage } from '@/lib/sites/testing/fixture-page';
import { checkRead, type FieldResult, type SiteFixture } from '@/lib/sites/testing/structural-fixtures';
import { MUTATION_KINDS, type MutationKind, mutate, oneLine } from './layout-mutations';
import { seededRandom } from './seeded-random';

export type Variant = 'none' | MutationKind | 'all';
export const VARIANTS: Variant[] = ['none', ...MUTATION_KINDS, 'all'];
/** How long an opening of the latest customer message marks the thread (chrome never holds it). */
const THREAD_MARK = 40;

export interface MutatedPage {
  page: FixturePage;
  /** False when the mutation found nothing to change (a page with no dates is not reversed). */
  changed: boolean;
}

export function mutatedPage(fixture: SiteFixture, variant: Variant, seed: string): MutatedPage {
  const page = fixture.load();
  const kinds = variant === 'none' ? [] : variant === 'all' ? [...MUTATION_KINDS] : [variant];
  const pageSeed = `${seed}:${fixture.site}/${fixture.file}:${variant}`;
  const latest = fixture.expected.noConversation ? null : fixture.expected.latestCustomerMessage;
  const context = { random: seededRandom(pageSeed), seed: pageSeed, threadText: latest && oneLine(latest).slice(0, THREAD_MARK) };
  let changed = variant === 'none';
  for (const kind of kinds) changed = mutate(page.document, kind, context) || changed;
  return { page, changed };
}

export type PageReader = (fixture: SiteFixture, page: FixturePage) => Thread | null;

/** What each reader got right on one mutated page, or null when the mutation did not apply. */
export function readMutated(fixture: SiteFixture, variant: Variant, seed: string, readers: PageReader[]): FieldResult[][] | null {
  const { page, changed } = mutatedPage(fixture, variant, seed);
  try {
    return changed ? readers.map((read) => checkRead(fixture.expected, read(fixture, page))) : null;
  } finally {
    // Thousands of pages per run: each window's timers and memory go with it.
    void page.window.happyDOM.close();
  }
}
