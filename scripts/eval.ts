/**
 * `npm run eval`: quality figures measured on ../shared/data and the project's own eval sets.
 * Each suite lives in scripts/eval/<name>.ts; adding one is one line here.
 * `npm run eval -- <name>` runs one suite.
 */
// The readers' word lists, as the background gives them to a content script.
import '@/lib/sites/reader-words-data';
import { CorpusMissingError } from '@/lib/testing/corpora';
import type { EvalSuite } from './eval/types';
import { printReport } from './table';

const SUITES: Record<string, () => Promise<{ default: EvalSuite }>> = {
  'reply-stripping': () => import('./eval/reply-stripping'),
  'reply-stripping-packages': () => import('./eval/reply-stripping-packages'),
  'reply-stripping-mutations': () => import('./eval/reply-stripping-mutations'),
  intent: () => import('./eval/intent'),
  reading: () => import('./eval/reading'),
  'reading-mutations': () => import('./eval/reading-mutations'),
  triage: () => import('./eval/triage'),
};

async function main(): Promise<void> {
  const only = process.argv[2];
  for (const [name, load] of Object.entries(SUITES)) {
    if (only && only !== name) continue;
    const { default: suite } = await load();
    let report: Awaited<ReturnType<EvalSuite>>;
    try {
      report = await suite();
    } catch (error) {
      // A clone without ../shared still evaluates what it can: one line per suite it cannot run.
      if (!(error instanceof CorpusMissingError)) throw error;
      console.log(`skipped ${name}: ${error.message}\n`);
      continue;
    }
    for (const table of [report].flat()) printReport(table);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
