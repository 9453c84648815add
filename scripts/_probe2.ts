import { readFileSync } from 'node:fs';
import { classifyWith, loadShippedModel, readWhole } from '@/lib/suggest/classify';
import { parseRequestSet } from '@/lib/suggest/request-set';
import { segmentClauses } from '@/lib/suggest/segment';
import { DEV_SETS } from './eval/real-mail-dev-summary';
const model = loadShippedModel();
for (const [, path] of DEV_SETS) {
  for (const line of parseRequestSet(readFileSync(path, 'utf8'), path)) {
    const r = classifyWith(model, line.text);
    const ex = r.requests.find((q) => q.intent === 'exchange');
    if (!ex || r.requests.some((q) => q.intent === 'damaged_item')) continue;
    const labels = line.requests.map((q) => q.intent).join(',');
    const clauses = segmentClauses(line.text).filter((c) => c.end <= ex.end);
    const best = Math.max(...clauses.map((c) => { const rd = readWhole(model, c.text); const nonOther = rd.ranking.filter(x=>x.intent!=='other'); return nonOther[0]!.intent==='damaged_item' ? nonOther[0]!.score : 0; }));
    console.log(path.slice(22, 40).padEnd(18), `lead=${r.intent}`.padEnd(28), `labels=${labels}`.padEnd(50), best.toFixed(2), line.text.slice(0, 60).replace(/\n/g, ' '));
  }
}
