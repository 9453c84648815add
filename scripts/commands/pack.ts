/**
 * `pack validate [file]`: exit 0 with a one-line JSON summary for a valid pack, exit 1 with one
 * problem per line on stderr (which template, which field) — for a team's own CI.
 * `pack convert --from zendesk|gorgias|helpscout|csv [file] [--id --name --version]`: the
 * equivalent Deskpilot pack on stdout; unmapped placeholders and skipped entries as warnings on
 * stderr (exit 0). Both read standard input when no file is given.
 */
import { CONVERTERS, ConvertError, isConverterId, type ConversionResult } from '@/lib/packs/convert';
import { renderPackText, renderPackValue } from '@/lib/packs/pack-text';
import { serializePack } from '@/lib/packs/export';
import { formatIssue, validatePackText } from '@/lib/packs/validate';
import type { CliCommand } from './types';
import { defineCommand, fail, parse, usage } from './io';
import { readInput } from './read-input';

const USAGE = `usage: pack validate [file]
       pack convert --from ${Object.keys(CONVERTERS).join('|')} [--id <pack id>] [--name <name>] [--version <semver>] [file]`;

async function validate(args: string[]): Promise<number> {
  const { positionals } = parse(args, {});
  if (positionals.length > 1) return usage(USAGE);
  const result = validatePackText(await readInput(positionals[0]));
  if (!result.ok) return fail(result.issues.map(formatIssue).join('\n'));
  const { id, name, version, templates } = result.pack;
  process.stdout.write(`${JSON.stringify({ valid: true, id, name, version, templates: templates.length })}\n`);
  return 0;
}

function warnings(result: ConversionResult): string[] {
  return [
    ...result.reports.flatMap((report) => [
      ...(report.unmapped.length
        ? [
            `warning: ${report.templateId} ("${report.title}"): no Deskpilot variable for ${report.unmapped.map((p) => `{{${p}}}`).join(', ')}; left as a gap to fill`,
          ]
        : []),
      ...report.asFields.map(
        ({ placeholder, field }) =>
          `note: ${report.templateId} ("${report.title}"): {{${placeholder}}} is asked of the agent on insert, as the fill-in field fields.${field}`,
      ),
      ...report.notes.map((note) => `warning: ${report.templateId} ("${report.title}"): ${renderPackText(note)}`),
    ]),
    ...result.skipped.map((s) => `skipped: ${renderPackValue(s.source)}: ${renderPackText(s.reason)}`),
  ];
}

async function convert(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    from: { type: 'string' },
    id: { type: 'string' },
    name: { type: 'string' },
    version: { type: 'string' },
  });
  if (!values.from || !isConverterId(values.from) || positionals.length > 1) return usage(USAGE);
  const input = await readInput(positionals[0]);
  let result: ConversionResult;
  try {
    result = CONVERTERS[values.from].convert(input, { packId: values.id, packName: values.name, version: values.version });
  } catch (error) {
    if (error instanceof ConvertError) return fail(error.message);
    throw error;
  }
  const lines = warnings(result);
  if (lines.length) process.stderr.write(`${lines.join('\n')}\n`);
  process.stdout.write(serializePack(result.pack));
  return 0;
}

const pack: CliCommand = defineCommand('pack', async ([subcommand, ...args]) => {
  if (subcommand === 'validate') return validate(args);
  if (subcommand === 'convert') return convert(args);
  return usage(USAGE);
});

export default pack;
