/**
 * `npx tsx scripts/training/compare-models.ts BEFORE.json AFTER.json [set.jsonl…]`: two model files
 * read the same real-mail sets (default: every set of scripts/eval/real-mail.ts), side by side —
 * top-1, every-request recall and top-1 per language, aggregates only, so a held-out set can be
 * measured without being read row by row. `git show main:lib/suggest/intent-model.json > /tmp/m.json`
 * gives main's model.
 */
import { readFileSync } from 'node:fs';
import { deserializeModel, type LinearModel, SerializedModelSchema } from '@/lib/suggest/linear-model';
import type { RequestTally } from '@/lib/suggest/request-metrics';
import { REAL_MAIL_SETS, realMailTallies } from '../eval/real-mail';

const [beforePath, afterPath, ...sets] = process.argv.slice(2);
if (!beforePath || !afterPath) {
  console.error('usage: compare-models.ts BEFORE.json AFTER.json [set.jsonl…]');
  process.exit(2);
}
const load = (path: string): LinearModel => deserializeModel(SerializedModelSchema.parse(JSON.parse(readFileSync(path, 'utf8'))));
const before = load(beforePath);
const after = load(afterPath);

const pct = (part: number, whole: number) => (whole ? ((100 * part) / whole).toFixed(1) : '–');
const figures = (t: RequestTally) =>
  `top-1 ${pct(t.top1, t.messages)} % (${t.top1}/${t.messages}) · recall ${pct(t.recalled, t.labelled)} %`;

const paths: string[] = sets.length ? sets : Object.values(REAL_MAIL_SETS);
for (const path of paths) {
  const a = realMailTallies(before, path);
  const b = realMailTallies(after, path);
  console.log(`${path}: ${figures(a.get('all')!)}  →  ${figures(b.get('all')!)}`);
  for (const key of [...a.keys()].filter((k) => k.startsWith('lang ')).sort())
    console.log(`  ${key.slice(5)}: ${figures(a.get(key)!)}  →  ${figures(b.get(key)!)}`);
}
