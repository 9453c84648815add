/**
 * `check-facts --context <context.json> [reply-file]` → `{"unverified": [{text, kind, start, end}]}`:
 * the facts in a reply (stdin when no file) that the ticket, the orders and the shop's facts in
 * the context do not contain. Unverified facts are findings, not errors (exit 0); an unreadable
 * or invalid context is an error (exit 1).
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { FactContextSchema } from '@/lib/schemas/ai';
import { checkFacts } from '@/lib/suggest/fact-check';
import type { CliCommand } from './types';
import { fail, parse, printJson, readInput } from './io';

const USAGE = 'usage: check-facts --context <context.json> [reply-file]';

const checkFactsCommand: CliCommand = async (args) => {
  const { values, positionals } = parse(args, { context: { type: 'string' } });
  if (!values.context || positionals.length > 1) return fail(USAGE);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(values.context, 'utf8'));
  } catch (error) {
    return fail(`check-facts: cannot read ${values.context} as JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const context = FactContextSchema.safeParse(raw);
  if (!context.success) return fail(`check-facts: invalid context (expected {ticket?, orders?, shop?}):\n${z.prettifyError(context.error)}`);
  const reply = await readInput(positionals[0]);
  printJson(checkFacts(reply, context.data));
  return 0;
};

export default checkFactsCommand;
