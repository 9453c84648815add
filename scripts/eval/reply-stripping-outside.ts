/**
 * `npx tsx scripts/eval/reply-stripping-outside.ts <folder>`: stripReply on other projects'
 * reply-stripping suites that this repository does not hold (their licences, and our rule: no
 * row of them here). Someone reads them from the projects (or the code library) into <folder>,
 * one sub-folder per suite, and this prints each suite's figure, as the suite states its
 * expectations ("theirs") and read our way where README states a deliberate difference ("ours").
 *
 * <folder>/<suite>/cases.json is a list of cases, each one of:
 * - { file, their?, ours?, conv?, qp? }: the mail in <suite>/<file>; `their` checks (default:
 *   equal to <suite>/<expectedFile>); `qp`: the file is quoted-printable, decoded first.
 * - { template, slot, values, their, ours?, conv? }: one case per value put in the template's slot.
 * - { combine: [dirA, dirB, …], oursDropQuoted?, oursAllowTrailing? }: every combination of one
 *   file per folder joined by blank lines; the reply is the first part (web-ridge's suite).
 * A check is [kind, text], kind one of eq, starts, ends, has, hasnt (readable lines compared:
 * trimmed, blank lines ignored) or nows (all white space ignored, for HTML suites); the text
 * "@COMMON" stands for <suite>/COMMON (a paragraph a suite's cases share). `values` may name a JSON
 * file of values. A suite laid out as <suite>/emails/<file> with <suite>/trimmed/<file> (Discourse's
 * own layout) reads each mail from emails/ and its expected text from trimmed/.
 * Run on 2026-12-05 on 11 suites read from the code library: see README ("public suites read from
 * the code library").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { stripReply } from '@/lib/ticket/strip-reply';
import { readableLines } from '@/lib/ticket/testing/reply-set-score';

const Check = z.tuple([z.enum(['eq', 'starts', 'ends', 'has', 'hasnt', 'nows']), z.string()]);
type Check = z.infer<typeof Check>;
const Common = { their: z.array(Check).optional(), ours: z.array(Check).optional(), conv: z.string().optional() };
const CaseSchema = z.union([
  z.object({ file: z.string(), expectedFile: z.string().optional(), qp: z.boolean().optional(), ...Common }),
  z.object({ template: z.string(), slot: z.string(), values: z.union([z.array(z.string()), z.string()]), ...Common }),
  z.object({
    combine: z.array(z.string()).min(2),
    oursDropQuoted: z.boolean().optional(),
    oursAllowTrailing: z.array(z.string()).optional(),
  }),
]);
type Case = { name: string; input: string; their: Check[]; ours: Check[][] };

function passes(output: string, [kind, expected]: Check): boolean {
  if (kind === 'nows') return output.replace(/[\s\u00a0]+/g, '') === expected.replace(/[\s\u00a0]+/g, '');
  const got = readableLines(output);
  const want = readableLines(expected);
  if (kind === 'eq') return got === want;
  if (kind === 'starts') return got.startsWith(want);
  if (kind === 'ends') return got.endsWith(want);
  return kind === 'has' ? got.includes(want) : !got.includes(want);
}

const decodeQuotedPrintable = (text: string) =>
  Buffer.from(
    text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

function expand(folder: string, raw: z.infer<typeof CaseSchema>): Case[] {
  const read = (path: string) => readFileSync(join(folder, path), 'utf8');
  const common = existsSync(join(folder, 'COMMON')) ? read('COMMON') : '';
  const withCommon = (checks: Check[]): Check[] => checks.map(([kind, text]) => [kind, text === '@COMMON' ? common : text]);
  if ('combine' in raw) {
    const parts = raw.combine.map((dir) =>
      readdirSync(join(folder, dir))
        .sort()
        .map((file) => read(join(dir, file))),
    );
    let combos: string[][] = [[]];
    for (const options of parts) combos = combos.flatMap((combo) => options.map((option) => [...combo, option]));
    return combos.map((combo, i) => {
      const reply = (combo[0] ?? '').trim();
      const ours = [reply, ...(raw.oursDropQuoted ? [reply.replace(/^>.*$/gm, '')] : [])];
      const withTrailing = ours.flatMap((text) => [text, ...(raw.oursAllowTrailing ?? []).map((tail) => `${text}\n${tail}`)]);
      return {
        name: `combination ${i}`,
        input: combo.join('\n\n'),
        their: [['eq', reply]],
        ours: withTrailing.map((text) => [['eq', text]]),
      };
    });
  }
  const ours = raw.ours ? [withCommon(raw.ours)] : [];
  if ('template' in raw) {
    const template = read(raw.template);
    const values = typeof raw.values === 'string' ? z.array(z.string()).parse(JSON.parse(read(raw.values))) : raw.values;
    return values.map((value) => ({ name: value, input: template.replace(raw.slot, value), their: withCommon(raw.their ?? []), ours }));
  }
  const split = existsSync(join(folder, 'emails')) && existsSync(join(folder, 'trimmed'));
  const text = read(split ? join('emails', raw.file) : raw.file);
  const expectedFile = split ? join('trimmed', raw.file) : (raw.expectedFile ?? raw.file);
  const their = raw.their ? withCommon(raw.their) : [['eq', read(expectedFile)] as Check];
  return [{ name: raw.file, input: raw.qp ? decodeQuotedPrintable(text) : text, their, ours }];
}

function scoreSuite(folder: string) {
  const cases = z
    .array(CaseSchema)
    .parse(JSON.parse(readFileSync(join(folder, 'cases.json'), 'utf8')))
    .flatMap((c) => expand(folder, c));
  let theirs = 0;
  let ours = 0;
  let worstMs = 0; // CPU time of one case (the budget is 50 ms whatever its size)
  const failures: string[] = [];
  for (const c of cases) {
    stripReply(c.input); // warm: the first calls compile the patterns; the figure is the stripper's
    const cpuBefore = process.cpuUsage();
    const output = stripReply(c.input);
    const cpu = process.cpuUsage(cpuBefore);
    worstMs = Math.max(worstMs, (cpu.user + cpu.system) / 1000);
    const theirOk = c.their.every((check) => passes(output, check));
    const ourOk = theirOk || c.ours.some((checks) => checks.every((check) => passes(output, check)));
    theirs += theirOk ? 1 : 0;
    ours += ourOk ? 1 : 0;
    if (!ourOk) failures.push(`${c.name}: ${JSON.stringify(output.slice(0, 160))}`);
  }
  return { cases: cases.length, theirs, ours, worstCpuMs: Math.round(worstMs * 10) / 10, failures };
}

function main(): void {
  const root = process.argv[2];
  if (root === undefined) {
    process.stderr.write('usage: npx tsx scripts/eval/reply-stripping-outside.ts <folder with one sub-folder per suite>\n');
    process.exit(2);
  }
  try {
    const suites = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const result = Object.fromEntries(suites.map((suite) => [suite.name, scoreSuite(join(root, suite.name))]));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } catch (error) {
    process.stderr.write(
      `${root}: ${error instanceof Error ? error.message : String(error)} — check the folder layout (see this file's header)\n`,
    );
    process.exit(1);
  }
}

main();
