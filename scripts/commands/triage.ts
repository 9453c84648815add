import type { z } from 'zod';
import { mergeTriageSettings } from '@/lib/triage/defaults';
import { resolveTriageSettings } from '@/lib/triage/resolve-settings';
import { TriageInputSchema, TriageSettingsPatchSchema, type TriageSettings } from '@/lib/triage/schema';
import { PackSchema } from '@/lib/schemas/pack';
import { triage } from '@/lib/triage/triage';
import type { CliCommand } from './types';
import { defineCommand, fail, parse, usage } from './io';
import { readInput, readJson } from './read-input';

export class TriageLineError extends Error {}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(line)'}: ${issue.message}` : 'invalid';
}

/** The --jsonl output for a whole input, or a TriageLineError naming the first bad line. */
export function triageJsonLines(input: string, settings: TriageSettings = mergeTriageSettings()): string {
  const inputs = input.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new TriageLineError(`line ${i + 1}: not valid JSON`);
    }
    const parsed = TriageInputSchema.safeParse(value);
    if (!parsed.success) throw new TriageLineError(`line ${i + 1}: ${firstIssue(parsed.error)}`);
    return [parsed.data];
  });
  return inputs
    .map((line) => {
      const { priority, reasons, waitingHours } = triage(line, settings);
      return `${JSON.stringify({ priority, reasons, waitingHours })}\n`;
    })
    .join('');
}

/** The panel's resolution: the settings file over the packs' `triage` thresholds (in the order given) over the defaults. */
async function readSettings(file: string | undefined, packFiles: string[]): Promise<TriageSettings> {
  const packs = [];
  for (const packFile of packFiles)
    packs.push(await readJson(packFile, PackSchema, 'a Deskpilot pack (run `pack validate` on it to see every problem)'));
  const own = file ? await readJson(file, TriageSettingsPatchSchema, 'triage settings (the shape Settings → Triage saves)') : undefined;
  return resolveTriageSettings(
    own,
    packs.map((pack) => ({ name: pack.name, triage: pack.triage })),
  ).settings;
}

const triageCommand: CliCommand = defineCommand('triage', async (args) => {
  const { values, positionals } = parse(args, {
    jsonl: { type: 'boolean' },
    settings: { type: 'string' },
    pack: { type: 'string', multiple: true },
  });
  if (!values.jsonl || positionals.length > 1)
    return usage('usage: triage --jsonl [file] [--pack <pack.json>]... [--settings <settings.json>]');
  const settings = await readSettings(values.settings, values.pack ?? []);
  const input = await readInput(positionals[0]);
  try {
    process.stdout.write(triageJsonLines(input, settings));
    return 0;
  } catch (error) {
    if (error instanceof TriageLineError) return fail(`triage --jsonl: ${error.message}`);
    throw error;
  }
});

export default triageCommand;
