// The readers' word lists, as the background gives them to a content script.
import '@/lib/sites/reader-words-data';
import type { CliCommand } from './types';
import { CliError, EXIT } from './io';

/** Every command, one line each; each lives in scripts/commands/<name>.ts. */
export const COMMANDS: Record<string, () => Promise<{ default: CliCommand }>> = {
  extract: () => import('./extract'),
  'strip-quotes': () => import('./strip-quotes'),
  classify: () => import('./classify'),
  suggest: () => import('./suggest'),
  'check-facts': () => import('./check-facts'),
  lint: () => import('./lint'),
  pack: () => import('./pack'),
  orders: () => import('./orders'),
  triage: () => import('./triage'),
  queue: () => import('./queue'),
  report: () => import('./report'),
};

export const CLI_USAGE = `usage: npm run -s cli -- <${Object.keys(COMMANDS).join('|')}> [args]`;

/**
 * Runs one command line and resolves to its exit code: 0 done, 1 a problem with the input, 2 a
 * wrong call. A CliError becomes one line on stderr, prefixed with the command's name.
 */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!name || !load) {
    process.stderr.write(`${name ? `unknown command "${name}". ` : ''}${CLI_USAGE}\n`);
    return EXIT.usage;
  }
  const { default: command } = await load();
  try {
    return await command(args);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`${name}: ${error.message}\n`);
    return error.exitCode;
  }
}
