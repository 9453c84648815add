/**
 * `npm run eval -- reading`: how right reading is on every fixture page, per site and per field,
 * against the expected ticket beside each page (`tests/fixtures/sites/<site>/<page>.expected.json`).
 * Two readers: the engine as the extension runs it (the site's built-in profile or code, then the
 * structural reader) and the structural reader alone (site selectors switched off: what an agent
 * gets the day a site changes its layout). The sets are reported apart (reading-sets.ts; who wrote
 * each and its first run: reading-sets.md): the pages the readers were tuned on, an evaluation set,
 * and twenty-two blind sets, each written by an evaluator who had not read the readers' rules and
 * committed before any reader ran on it. A page with no conversation is right when nothing is read.
 * `DESKPILOT_EVAL_VERBOSE=1` also prints each wrong field; `DESKPILOT_EVAL_SET=<text>` prints only the
 * sets whose name has it (`blind 2` the second blind set, not the twentieth: set-filter.ts).
 */
import type { Thread } from '@/lib/schemas/ticket';
import { readPage } from '@/lib/sites/engine/read-page';
import { matchesEvalSet } from './set-filter';
import { ADAPTERS, type AdapterId } from '@/lib/sites/index';
import { readStructurally } from '@/lib/sites/structural';
import type { FixturePage } from '@/lib/sites/testing/fixture-page';
import { checkRead, FIELDS, type FieldResult, type SiteFixture, siteFixtures } from '@/lib/sites/testing/structural-fixtures';
import { READING_SETS } from './reading-sets';
import type { EvalReport, EvalSuite } from './types';

type Row = EvalReport['rows'][number];

export const READERS: Array<{ name: string; read(fixture: SiteFixture, page: FixturePage): Thread | null }> = [
  {
    name: 'engine (site profile or code, then structural)',
    read: (fixture, page) => readPage(page.document, page.url, { adapter: ADAPTERS[fixture.site as AdapterId] }),
  },
  {
    name: 'structural only (site selectors off)',
    read: (fixture, page) => readStructurally(page.document, page.url, { site: fixture.site }),
  },
];

const share = (right: number, total: number) => (total === 0 ? '–' : `${Math.round((100 * right) / total)} % (${right}/${total})`);

const reading: EvalSuite = async () => {
  const reports: EvalReport[] = [];
  for (const reader of READERS) {
    const rows: Row[] = [];
    const notes: string[] = [];
    for (const set of READING_SETS.filter((candidate) => matchesEvalSet(candidate.name))) {
      const bySite = new Map<string, FieldResult[][]>();
      for (const fixture of siteFixtures(set.has)) {
        const results = checkRead(fixture.expected, reader.read(fixture, fixture.load()));
        bySite.set(fixture.site, [...(bySite.get(fixture.site) ?? []), results]);
        if (process.env.DESKPILOT_EVAL_VERBOSE)
          for (const wrong of results.filter((result) => !result.ok))
            notes.push(
              `${fixture.site}/${fixture.file} ${wrong.field}: want ${JSON.stringify(wrong.want)?.slice(0, 120)} got ${JSON.stringify(wrong.got)?.slice(0, 120)}`,
            );
      }
      const all = [...bySite.values()].flat();
      for (const [site, pages] of [...[...bySite.entries()].sort(([a], [b]) => a.localeCompare(b)), ['all sites', all] as const]) {
        const row: Row = {
          set: set.name,
          site,
          pages: pages.length,
          'all right': share(pages.filter((page) => page.every((r) => r.ok)).length, pages.length),
        };
        for (const field of FIELDS) {
          const checks = pages.flatMap((page) => page.filter((result) => result.field === field));
          row[field] = share(checks.filter((result) => result.ok).length, checks.length);
        }
        rows.push(row);
      }
    }
    reports.push({ title: `Reading accuracy on the fixture pages: ${reader.name}`, rows, notes });
  }
  reports
    .at(-1)!
    .notes!.push(
      "Labels: the expected ticket beside each page, written from the site readers' output and checked by eye, so the engine's tuned-on rows are close to a self-check.",
    );
  return reports;
};

export default reading;
