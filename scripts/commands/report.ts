/**
 * `report merge <a.json> <b.json> …`: agents' Reports exports (deskpilot.usage/v1) merged into one,
 * on stdout — events deduplicated by id, so overlapping exports and re-merges are safe; a summary
 * (and any id two files disagree about) on stderr.
 * `report summary [file] [--wpm 40]`: the Reports page's figures for a file's range, as JSON.
 * A file that is not an export: one line naming the file and the field, exit 1.
 */
import { computeReport } from '@/lib/reports/figures';
import { mergeExports, UsageExportSchema, type UsageExport } from '@/lib/reports/export-format';
import { CHARS_PER_WORD, DEFAULT_WORDS_PER_MINUTE, WordsPerMinuteSchema } from '@/lib/reports/typing-speed-schema';
import type { CliCommand } from './types';
import { CliError, defineCommand, EXIT, parse, printJson, usage } from './io';
import { readJson } from './read-input';

const USAGE = `usage: report merge <export.json> [<export.json> …]
       report summary [export.json] [--wpm <words per minute>]`;
const WHAT = 'a Deskpilot usage export (deskpilot.usage/v1, from the Reports page)';

const readExport = (file: string | undefined): Promise<UsageExport> => readJson(file, UsageExportSchema, WHAT);

async function merge(args: string[]): Promise<number> {
  const { positionals } = parse(args, {});
  if (positionals.length === 0) return usage(USAGE);
  const files: UsageExport[] = [];
  for (const file of positionals) files.push(await readExport(file));
  const { merged, duplicates, conflicts } = mergeExports(files);
  const agents = new Set(merged.events.map((e) => e.agent || e.installId));
  const lines = [
    `merged ${files.length} ${files.length === 1 ? 'file' : 'files'}: ${merged.events.length} events from ${agents.size} ${agents.size === 1 ? 'agent' : 'agents'}, ${merged.fromDay} to ${merged.toDay}; ${duplicates} duplicates written once`,
    ...conflicts.map((id) => `warning: event "${id}" differs between files; kept the one from the first file that has it`),
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
  printJson(merged);
  return EXIT.done;
}

async function summary(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { wpm: { type: 'string' } });
  if (positionals.length > 1) return usage(USAGE);
  const wpm = WordsPerMinuteSchema.safeParse(values.wpm === undefined ? DEFAULT_WORDS_PER_MINUTE : Number(values.wpm));
  if (!wpm.success) throw new CliError(`--wpm ${values.wpm} is not a whole number of words per minute from 5 to 200.`, EXIT.usage);
  const file = await readExport(positionals[0]);
  printJson(
    computeReport({
      events: file.events,
      fromDay: file.fromDay,
      toDay: file.toDay,
      templates: file.templates,
      charsPerMinute: wpm.data * CHARS_PER_WORD,
    }),
  );
  return EXIT.done;
}

const report: CliCommand = defineCommand('report', async ([subcommand, ...args]) => {
  if (subcommand === 'merge') return merge(args);
  if (subcommand === 'summary') return summary(args);
  return usage(USAGE);
});

export default report;
