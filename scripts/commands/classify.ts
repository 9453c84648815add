/**
 * `classify [file]` → `{intent, confidence, requests}` for raw message text (stdin when no file);
 * `--all` adds `ranking`, every intent's score, best first.
 * `classify --jsonl [file]` → one `{intent, confidence, requests}` line per input line `{"text": ...}`,
 * in input order; blank lines are skipped; an invalid line fails the whole run (exit 1, its
 * line number on stderr) before anything is printed, so output never silently misaligns.
 * `requests` is every request in the text, in order: `{intent, confidence, start, end}` with
 * UTF-16 offsets into the text; `intent` is the first request's.
 */
import { z } from 'zod';
import { classifyIntent, requestSpans } from '@/lib/suggest/classify';
import type { CliCommand } from './types';
import { defineCommand, fail, parse, printJson, usage } from './io';
import { readInput } from './read-input';

const JsonlLineSchema = z.object({ text: z.string() });

export class JsonlLineError extends Error {}

/** The --jsonl output for a whole input, or a JsonlLineError naming the first bad line. */
export function classifyJsonLines(input: string): string {
  const texts: string[] = [];
  input.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new JsonlLineError(`line ${i + 1}: not valid JSON`);
    }
    const parsed = JsonlLineSchema.safeParse(value);
    if (!parsed.success) throw new JsonlLineError(`line ${i + 1}: expected {"text": string}`);
    texts.push(parsed.data.text);
  });
  return texts
    .map((text) => {
      const result = classifyIntent(text);
      return `${JSON.stringify({ intent: result.intent, confidence: result.confidence, requests: requestSpans(result) })}\n`;
    })
    .join('');
}

const classify: CliCommand = defineCommand('classify', async (args) => {
  const { values, positionals } = parse(args, { jsonl: { type: 'boolean' }, all: { type: 'boolean' } });
  if (positionals.length > 1 || (values.jsonl && values.all)) return usage('usage: classify [--all] [file] | classify --jsonl [file]');
  const input = await readInput(positionals[0]);
  if (!values.jsonl) {
    const result = classifyIntent(input);
    const { intent, confidence, ranking } = result;
    const requests = requestSpans(result);
    printJson(values.all ? { intent, confidence, requests, ranking } : { intent, confidence, requests });
    return 0;
  }
  try {
    process.stdout.write(classifyJsonLines(input));
    return 0;
  } catch (error) {
    if (error instanceof JsonlLineError) return fail(`classify --jsonl: ${error.message}`);
    throw error;
  }
});

export default classify;
