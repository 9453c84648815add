/**
 * `npx tsx scripts/training/dev-errors.ts [dev-set-number… | h7 | h8 | h9 | h10 | h11 | h12 | h13 | h14 | h15 | h16 | h17]`: where the shipped model goes wrong
 * on the sets tuning may read (the dev sets and, from session 8, held-out 7, from session 9 held-out 8 and 9, from session 10 held-out 10, from session 11 held-out 11, from session 12 held-out 12, from session 13 held-out 13, from session 14 held-out 14, from session 15 held-out 15, from session 16 held-out 16, from session 17 held-out 17 (after its first run); never another held-out set): each mail whose top-1 is wrong, and each labelled request
 * that was not found, with the clauses the segmenter cut and how each was read. Separates "wrong
 * lead" from "missed second request", the two error kinds the sixth pass measured.
 */
import { readFileSync } from 'node:fs';
import { classifyWith, loadShippedModel, readWhole } from '@/lib/suggest/classify';
import { parseRequestSet } from '@/lib/suggest/request-set';
import { segmentClauses } from '@/lib/suggest/segment';
import { DEV_SETS } from '../eval/real-mail-dev-summary';

const wanted = new Set(process.argv.slice(2));
const model = loadShippedModel();
const counts = { mails: 0, wrongLead: 0, labelled: 0, missed: 0, missedSecond: 0 };
for (const [name, path] of DEV_SETS) {
  const heldOut = path.match(/heldout-(\d+)/)?.[1];
  const number = heldOut ? `h${heldOut}` : (path.match(/dev-(\d)/)?.[1] ?? '1');
  if (wanted.size > 0 && !wanted.has(number)) continue;
  for (const line of parseRequestSet(readFileSync(path, 'utf8'), path)) {
    const result = classifyWith(model, line.text);
    const found = new Set(result.requests.map((r) => r.intent));
    const missed = line.requests.filter((r) => !found.has(r.intent));
    counts.mails++;
    counts.labelled += line.requests.length;
    counts.missed += missed.length;
    counts.missedSecond += line.requests.slice(1).filter((r) => !found.has(r.intent)).length;
    const wrong = result.intent !== line.intent;
    counts.wrongLead += Number(wrong);
    if (!wrong && missed.length === 0) continue;
    console.log(
      `\n[${number.startsWith('h') ? `held-out ${number.slice(1)}` : `dev ${number}`} ${line.language}] want ${line.intent} got ${result.intent}${missed.length ? ` · missed ${missed.map((r) => r.intent).join(', ')}` : ''}`,
    );
    for (const clause of segmentClauses(line.text)) {
      const reading = readWhole(model, clause.text);
      console.log(`  ${reading.intent.padEnd(18)} ${reading.confidence.toFixed(2)}  ${clause.text.slice(0, 110)}`);
    }
  }
  void name;
}
console.log(JSON.stringify(counts));
