/**
 * `npm run -s cli -- <command> [args]`: the extension's own code paths from a terminal.
 * Output is JSON on stdout (strip-quotes prints text); errors go to stderr, one line each.
 * Exit codes: 0 done, 1 a problem with the input, 2 a wrong call (README, "Command line").
 */
import { runCli } from './commands/run-cli';

/** Resolves once everything written to stdout has been handed to the OS (pipes are asynchronous). */
function stdoutFlushed(): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write('', (error) => (error ? reject(error) : resolve())));
}

async function main(): Promise<number> {
  let written = true;
  // A reader that goes away early (`| head`) is an output that could not be written: exit 1.
  process.stdout.on('error', () => {
    written = false;
  });
  const code = await runCli(process.argv.slice(2));
  await stdoutFlushed().catch(() => {
    written = false;
  });
  if (written) return code;
  process.stderr.write('error: the output could not be written in full (the reading end closed).\n');
  return code || 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
