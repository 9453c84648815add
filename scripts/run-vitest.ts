/**
 * `npm run test:unit` and `npm run test:clock` run vitest through here. When the stuck-file reporter
 * (scripts/stuck-file-reporter.ts) ends a run because one file never finished, the run is made
 * once more, whole: stop 30's CI waited over an hour on a file that finished on every other run
 * (2026-12-06), so a hang seen once is named in the log and retried, and a hang seen twice fails.
 * Any other failure fails at once.
 */
import { spawnSync } from 'node:child_process';
import { STUCK_EXIT_CODE } from './stuck-file-reporter';

type Vitest = (args: string[], env: NodeJS.ProcessEnv) => number;

const spawnVitest: Vitest = (args, env) => spawnSync('npx', ['vitest', 'run', ...args], { stdio: 'inherit', env }).status ?? 1;

export function runVitest(args: string[], env: NodeJS.ProcessEnv = process.env, vitest: Vitest = spawnVitest): number {
  const status = vitest(args, env);
  if (status !== STUCK_EXIT_CODE) return status;
  console.error('\n[run-vitest] a test file never finished (named above); running the suite once more.\n');
  return vitest(args, env);
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(runVitest(process.argv.slice(2)));
