/**
 * `check-facts --context <context.json> [reply-file]` → `{"unverified": [{text, kind, start, end}]}`:
 * the facts in a reply (stdin when no file) that the ticket, the orders and the shop's facts in
 * the context do not contain. Unverified facts are findings, not errors (exit 0); an unreadable
 * or invalid context is an error (exit 1).
 */
import { FactContextSchema } from '@/lib/schemas/ai';
import { checkFacts } from '@/lib/suggest/fact-check';
import type { CliCommand } from './types';
import { defineCommand, parse, printJson, usage } from './io';
import { readInput, readJson } from './read-input';

const USAGE = 'usage: check-facts --context <context.json> [reply-file]';

const checkFactsCommand: CliCommand = defineCommand('check-facts', async (args) => {
  const { values, positionals } = parse(args, { context: { type: 'string' } });
  if (!values.context || positionals.length > 1) return usage(USAGE);
  const context = await readJson(values.context, FactContextSchema, 'a fact-check context ({ticket?, orders?, shop?})');
  const reply = await readInput(positionals[0]);
  printJson(checkFacts(reply, context));
  return 0;
});

export default checkFactsCommand;
