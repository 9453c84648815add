/**
 * `npx tsx scripts/eval/real-mail-summary.ts`: the real-style sets' summary figures alone (no
 * Bitext retraining), for measuring a model change in seconds. Prints only aggregates: the
 * held-out sets are measured, never read row by row.
 */
import { SECOND_OPINION_BELOW } from '@/lib/suggest/ai/intent-opinion';
import { loadShippedModel } from '@/lib/suggest/classify';
import { calibrationSummary } from './calibration';
import { REAL_MAIL_SETS, realMailTallies } from './real-mail';

const pct = (part: number, whole: number) => (whole ? ((100 * part) / whole).toFixed(1) : '–');

for (const [set, path] of Object.entries(REAL_MAIL_SETS)) {
  const tallies = realMailTallies(loadShippedModel(), path);
  const all = tallies.get('all')!;
  const languages = [...tallies].filter(([key]) => key.startsWith('lang ')).map(([key, t]) => `${key.slice(5)} ${pct(t.top1, t.messages)}`);
  const ece = calibrationSummary(loadShippedModel(), path);
  const calibration = `ECE raw ${(100 * ece.raw).toFixed(1)} % → ${(100 * ece.calibrated).toFixed(1)} % · below ${SECOND_OPINION_BELOW}: ${ece.unsure} mails, top-1 ${pct(ece.unsureRight * ece.unsure, ece.unsure)} %, the rest ${(100 * ece.sureRight).toFixed(1)} %`;
  console.log(
    `${set}: top-1 ${pct(all.top1, all.messages)} % · recall ${pct(all.recalled, all.labelled)} % · ${languages.join(' · ')} · ${calibration}`,
  );
}
