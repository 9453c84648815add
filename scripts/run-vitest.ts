/**
 * `npm run test:unit` and `npm run test:clock` run vitest through here. When the stuck-file reporter
 * (scripts/stuck-file-reporter.ts) ends a run because one file never finished, the run is made
 * once more, whole: stop 30's CI waited over an hour on a file that finished on every other run
 * (2026-12-06), so a hang seen once is named in the log and retried, and a hang seen twice fails.
 * Any other failure fails at once.
 */
import { spawn } from 'node:child_process';
import { STUCK_EXIT_CODE } from './stuck-file-reporter';

type Vitest = (args: string[], env: NodeJS.ProcessEnv) => Promise<number>;

/**
 * Vitest in a process group of its own, ended whole once vitest is done: a worker stuck in a loop
 * outlives the vitest that gave up on it (seen 2026-12-06: two such workers spun for 70 min).
 */
const spawnVitest: Vitest = (args, env) =>
  new Promise((resolve) => {
    const child = spawn('npx', ['vitest', 'run', ...args], { stdio: 'inherit', env, detached: true });
    const endGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group has ended already.
      }
    };
    const forward = (signal: NodeJS.Signals) => () => {
      endGroup();
      process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    };
    process.once('SIGINT', forward('SIGINT'));
    process.once('SIGTERM', forward('SIGTERM'));
    child.on('exit', (code) => {
      endGroup();
      resolve(code ?? 1);
    });
  });

export async function runVitest(args: string[], env: NodeJS.ProcessEnv = process.env, vitest: Vitest = spawnVitest): Promise<number> {
  const status = await vitest(args, env);
  if (status !== STUCK_EXIT_CODE) return status;
  console.error('\n[run-vitest] a test file never finished (named above); running the suite once more.\n');
  return vitest(args, env);
}

if (import.meta.url === `file://${process.argv[1]}`) runVitest(process.argv.slice(2)).then((status) => process.exit(status));
