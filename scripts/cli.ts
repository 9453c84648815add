/**
 * `npm run -s cli -- <command> [args]`: the extension's own code paths from a terminal.
 * Output is JSON on stdout (strip-quotes prints text); errors go to stderr with exit 1.
 * Each command lives in scripts/commands/<name>.ts; adding one is one line here.
 */
import type { CliCommand } from './commands/types';

const COMMANDS: Record<string, () => Promise<{ default: CliCommand }>> = {
  extract: () => import('./commands/extract'),
  'strip-quotes': () => import('./commands/strip-quotes'),
  classify: () => import('./commands/classify'),
  suggest: () => import('./commands/suggest'),
  'check-facts': () => import('./commands/check-facts'),
  lint: () => import('./commands/lint'),
  pack: () => import('./commands/pack'),
  orders: () => import('./commands/orders'),
  triage: () => import('./commands/triage'),
  queue: () => import('./commands/queue'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`usage: npm run -s cli -- <${Object.keys(COMMANDS).join('|')}> [args]\n`);
    return 1;
  }
  const { default: command } = await load();
  return command(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
