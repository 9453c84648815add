/**
 * `npm run eval -- reading-mutations`: reading under mutated layouts. Every fixture page with its
 * expected ticket is mutated the way a new build of the product would change it while the agent sees
 * the same conversation (./layout-mutations.ts: class names and ids hashed, test attributes dropped,
 * wrapper divs added, chrome moved before or after the thread, the thread reversed newest first where
 * the page dates it, semantic tags swapped for divs), one kind at a time and all together, seeded
 * (`DESKPILOT_MUTATION_SEED`, default 1). Each mutated page is read by the engine and by the
 * structural reader alone; a row gives the share of pages read all right and each field's share.
 * It spends no evaluator's set: the pages are the fixtures, the layouts are new.
 * `DESKPILOT_EVAL_SET=<part of a file name>` reads only those pages (`blind2`: blind set 2's, set-filter.ts); `DESKPILOT_EVAL_VERBOSE=1` prints each wrong page.
 */
import { FIELDS, type FieldResult, siteFixtures } from '@/lib/sites/testing/structural-fixtures';
import { readMutated, VARIANTS } from './mutated-page';
import { READERS } from './reading';
import { matchesEvalSet } from './set-filter';
import type { EvalReport, EvalSuite } from './types';

const share = (right: number, total: number) => (total === 0 ? '–' : `${Math.round((100 * right) / total)} % (${right}/${total})`);

const readingMutations: EvalSuite = async () => {
  const seed = process.env.DESKPILOT_MUTATION_SEED ?? '1';
  const fixtures = siteFixtures((file) => matchesEvalSet(file));
  const reports: EvalReport[] = READERS.map((reader) => ({
    title: `Reading under mutated layouts (seed ${seed}): ${reader.name}`,
    rows: [],
    notes: [],
  }));
  for (const variant of VARIANTS) {
    const byReader: FieldResult[][][] = READERS.map(() => []);
    for (const fixture of fixtures) {
      const results = readMutated(
        fixture,
        variant,
        seed,
        READERS.map((reader) => reader.read),
      );
      results?.forEach((result, index) => {
        byReader[index]!.push(result);
        const wrong = result.filter((field) => !field.ok);
        if (process.env.DESKPILOT_EVAL_VERBOSE && wrong.length > 0)
          reports[index]!.notes!.push(
            `${variant} ${fixture.site}/${fixture.file}: ${wrong.map((field) => `${field.field} want ${JSON.stringify(field.want)?.slice(0, 60)} got ${JSON.stringify(field.got)?.slice(0, 60)}`).join('; ')}`,
          );
      });
    }
    byReader.forEach((pages, index) => {
      const row: EvalReport['rows'][number] = {
        mutation: variant,
        pages: pages.length,
        'all right': share(pages.filter((page) => page.every((field) => field.ok)).length, pages.length),
      };
      for (const field of FIELDS) {
        const checks = pages.flatMap((page) => page.filter((result) => result.field === field));
        row[field] = share(checks.filter((result) => result.ok).length, checks.length);
      }
      reports[index]!.rows.push(row);
    });
  }
  reports
    .at(-1)!
    .notes!.push(
      "'none': the pages as saved. A mutation counts the pages it changed ('reverse-thread': pages that date their messages); 'all' applies every kind in turn.",
    );
  return reports;
};

export default readingMutations;
