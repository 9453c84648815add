/**
 * `npm run -s cli -- strip-quotes [file]`: prints the new text of an email, plain text or HTML (quoted history and
 * signature removed) as plain text — the only command whose output is not JSON (DESIGN.md).
 */
import { stripReply } from '@/lib/ticket/strip-reply';
import type { CliCommand } from './types';
import { defineCommand, parse, usage } from './io';
import { readInput } from './read-input';

const stripQuotes: CliCommand = defineCommand('strip-quotes', async (args) => {
  const { positionals } = parse(args, {});
  if (positionals.length > 1) return usage('usage: strip-quotes [file]');
  const text = await readInput(positionals[0]);
  process.stdout.write(`${stripReply(text)}\n`);
  return 0;
});

export default stripQuotes;
