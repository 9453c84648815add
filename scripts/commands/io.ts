import type { CliCommand } from './types';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit codes of every command (README): done, a problem with the input, a problem with the call. */
export const EXIT = { done: 0, input: 1, usage: 2 } as const;

/**
 * A problem the person can fix. Its message is one line that names the file or argument and says
 * what to do; the CLI prints it after the command's name and exits with its code.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = EXIT.input,
  ) {
    super(message);
  }
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages name the argument in their first sentence ("Unknown option '--x'. To specify…").
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`${message.split(/(?<=\.) /)[0]} See the README's "Command line" section.`, EXIT.usage);
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** An input problem: the message on stderr, exit 1. */
export function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return EXIT.input;
}

/** A wrong call (missing or unknown argument): the usage line on stderr, exit 2. */
export function usage(message: string): number {
  process.stderr.write(`${message}\n`);
  return EXIT.usage;
}

/** A command whose CliErrors become one line on stderr, prefixed with its name, and their exit code. */
export function defineCommand(name: string, run: CliCommand): CliCommand {
  return async (args) => {
    try {
      return await run(args);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      process.stderr.write(`${name}: ${error.message}\n`);
      return error.exitCode;
    }
  };
}
