/**
 * `npm run eval -- structural-reading`: the structural reader on every inbox fixture with the site's
 * selectors switched off (hints: the site's id only), field by field, per site. Two sets, reported
 * apart: the 2026-11-24 pages (the structural reader was tuned on them) and the 2026-12-04 pages
 * (other builds of each product, written as an evaluation set before tuning).
 * `DESKPILOT_EVAL_VERBOSE=1` also prints each wrong field.
 */
import { readStructurally } from '@/lib/sites/structural';
import { checkRead, FIELDS, siteFixtures, type FieldResult } from '@/lib/sites/testing/structural-fixtures';
import type { EvalReport, EvalSuite } from './types';

type Row = EvalReport['rows'][number];
const SETS = [
  { name: 'tuned-on (2026-11-24)', prefix: '2026-11-24' },
  { name: 'evaluation (2026-12-04)', prefix: '2026-12-04' },
];

const pct = (passed: number, total: number) => (total === 0 ? '-' : `${Math.round((100 * passed) / total)} %`);

const structuralReading: EvalSuite = async () => {
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const set of SETS) {
    const bySite = new Map<string, FieldResult[][]>();
    for (const fixture of siteFixtures((file) => file.startsWith(set.prefix))) {
      const page = fixture.load();
      const results = checkRead(fixture.expected, readStructurally(page.document, page.url, { site: fixture.site }));
      bySite.set(fixture.site, [...(bySite.get(fixture.site) ?? []), results]);
      for (const wrong of results.filter((result) => !result.ok)) {
        if (process.env.DESKPILOT_EVAL_VERBOSE)
          notes.push(
            `${fixture.site}/${fixture.file} ${wrong.field}: want ${JSON.stringify(wrong.want)?.slice(0, 120)} got ${JSON.stringify(wrong.got)?.slice(0, 120)}`,
          );
      }
    }
    const all = [...bySite.values()].flat();
    for (const [site, pages] of [...bySite.entries(), ['all', all] as const]) {
      const row: Row = {
        set: set.name,
        site,
        pages: pages.length,
        'all right': pct(pages.filter((page) => page.every((r) => r.ok)).length, pages.length),
      };
      for (const field of FIELDS) {
        const checks = pages.flatMap((page) => page.filter((result) => result.field === field));
        row[field] = pct(checks.filter((result) => result.ok).length, checks.length);
      }
      rows.push(row);
    }
  }
  return { title: 'Structural reader, site selectors off (fixtures)', rows, notes };
};

export default structuralReading;
