/**
 * `npx tsx scripts/eval/real-mail-dev-summary.ts`: the dev sets' summary figures alone (top-1,
 * recall, per language) for the shipped model. It reads only the sets the recipe is tuned on, so
 * it can be run as often as tuning needs; the held-out sets go through real-mail-summary.ts.
 */
import { loadShippedModel } from '@/lib/suggest/classify';
import type { LinearModel } from '@/lib/suggest/linear-model';
import { REAL_MAIL_SETS, realMailTallies } from './real-mail';

const pct = (part: number, whole: number) => (whole ? ((100 * part) / whole).toFixed(1) : '–');

/** The sets tuning may read row by row: the dev sets, held-out 7 (opened for tuning in session 8), held-out 8 and 9 (session 9), held-out 10 (session 10), held-out 11 (session 11), held-out 12 (session 12), held-out 13 (session 13), held-out 14 (session 14), held-out 15 (session 15), held-out 16 (session 16), held-out 17 (session 17, after its first run). */
export const DEV_SETS = Object.entries(REAL_MAIL_SETS).filter(([, path]) =>
  /real-mail-(dev(-\d)?|heldout-([789]|1[0-7]))\.jsonl$/.test(path),
);

export function devSummary(model: LinearModel): string[] {
  return DEV_SETS.map(([set, path]) => {
    const tallies = realMailTallies(model, path);
    const all = tallies.get('all')!;
    const languages = [...tallies]
      .filter(([key]) => key.startsWith('lang '))
      .map(([key, t]) => `${key.slice(5)} ${pct(t.top1, t.messages)}`);
    return `${set.slice(0, 24)}: top-1 ${pct(all.top1, all.messages)} % (${all.top1}/${all.messages}) · recall ${pct(all.recalled, all.labelled)} % · ${languages.join(' · ')}`;
  });
}

if (process.argv[1]?.endsWith('real-mail-dev-summary.ts')) for (const line of devSummary(loadShippedModel())) console.log(line);
