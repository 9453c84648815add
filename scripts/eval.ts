/**
 * `npm run eval`: quality figures measured on ../shared/data and the project's own eval sets.
 * Each suite lives in scripts/eval/<name>.ts; adding one is one line here.
 * `npm run eval -- <name>` runs one suite.
 */
import type { EvalSuite } from './eval/types';
import { printTable } from './table';

const SUITES: Record<string, () => Promise<{ default: EvalSuite }>> = {
  'reply-stripping': () => import('./eval/reply-stripping'),
  intent: () => import('./eval/intent'),
  triage: () => import('./eval/triage'),
};

async function main(): Promise<void> {
  const only = process.argv[2];
  for (const [name, load] of Object.entries(SUITES)) {
    if (only && only !== name) continue;
    const { default: suite } = await load();
    const report = await suite();
    printTable(report.title, report.rows);
    for (const note of report.notes ?? []) console.log(`  ${note}`);
    console.log('');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
