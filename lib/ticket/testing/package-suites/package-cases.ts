/**
 * Reply-stripping cases read from other projects' test suites as their npm packages ship them
 * (devDependencies, pinned): planer (the JavaScript port of Mailgun's talon quotation tests, plain
 * text and HTML), talon (node-talon, the port of talon's signature tests) and parse-reply. Sources,
 * licences and what each suite holds: scripts/eval/reply-stripping-packages.ts.
 * Node only: used by tests and `npm run eval`, never bundled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Call, recordTestFile } from './record-test-file';

export const PACKAGE_SUITE_NAMES = ['planer-text', 'planer-html', 'talon-signature', 'parse-reply'] as const;
export type PackageSuiteName = (typeof PACKAGE_SUITE_NAMES)[number];

/**
 * Where a suite's convention is not ours (the suites disagree with each other too), and what ours
 * expects instead:
 * - `keeps-forward`: we keep a forward, the message the sender passes on (parse-reply drops it);
 * - `drops-quotes`: we hide '>' quotes and their attribution even between answers or at the end,
 *   as email_reply_parser's suites do (talon and parse-reply keep them there);
 * - `keeps-dashed-name`: a dashed name alone ("-Abhishek") stays, as email_reply_parser's suite
 *   keeps it (talon cuts "-roman").
 */
export type ConventionDifference = 'keeps-forward' | 'drops-quotes' | 'keeps-dashed-name';

/** The cases whose convention differs, by id (the packages are pinned, so ids are stable). */
const CONVENTIONS: Record<string, ConventionDifference> = {
  'planer-text#9': 'drops-quotes',
  'talon-signature#5': 'keeps-dashed-name',
  'talon-signature#6': 'keeps-dashed-name',
  'parse-reply/forward1': 'keeps-forward',
  'parse-reply/forward2': 'keeps-forward',
  'parse-reply/forward3': 'keeps-forward',
  'parse-reply/negative': 'drops-quotes',
};

export interface PackageCase {
  id: string;
  format: 'text' | 'html';
  input: string;
  /** The exact reply (plain text) or the reply's HTML (compared as its visible words). */
  expected?: string;
  mustContain: string[];
  mustNotContain: string[];
  convention?: ConventionDifference;
}

const requireHere = createRequire(import.meta.url);
/** The installed package's folder (its package.json is always resolvable). */
const packageDir = (name: string) => dirname(requireHere.resolve(`${name}/package.json`));

/** One case per call to the library: its assertions become the case's checks. */
function caseOf(
  suite: string,
  call: Call,
  index: number,
  format: PackageCase['format'],
  expectedOf: (value: unknown) => string | undefined,
): PackageCase {
  const convention = CONVENTIONS[`${suite}#${index + 1}`];
  const c: PackageCase = {
    ...(convention ? { convention } : {}),
    id: `${suite}#${index + 1} ${call.test}`,
    format,
    input: String(call.args[0] ?? ''),
    mustContain: [],
    mustNotContain: [],
  };
  for (const assertion of call.assertions) {
    if (assertion.op === 'contain') (assertion.negated ? c.mustNotContain : c.mustContain).push(String(assertion.expected));
    if ((assertion.op === 'equal' || assertion.op === 'eql') && !assertion.negated) c.expected = expectedOf(assertion.expected);
  }
  return c;
}

/** planer's CoffeeScript tests, compiled by coffeescript and run against a recording stub. */
function planerCases(format: PackageCase['format']): PackageCase[] {
  const coffee = requireHere('coffeescript') as { compile(source: string, options: { bare: boolean }): string };
  const testDir = join(packageDir('planer'), 'test');
  const file = format === 'text' ? 'planerText.test.coffee' : 'planerHtml.test.coffee';
  const code = coffee.compile(readFileSync(join(testDir, file), 'utf8'), { bare: true });
  const recorded = recordTestFile(code, testDir, (stub) => ({
    '../src/planer': { extractFromPlain: stub('extractFromPlain'), extractFromHtml: stub('extractFromHtml') },
    fs: { readFileSync: (path: string, encoding: BufferEncoding) => readFileSync(path, encoding) },
    path: { join },
    jsdom: {
      JSDOM: class {
        window = { document: {} };
      },
    },
  }));
  assertNoErrors(`planer/${file}`, recorded.errors);
  const suite = `planer-${format}`;
  return recorded.calls.map((call, i) => caseOf(suite, call, i, format, (value) => (typeof value === 'string' ? value : undefined)));
}

/** node-talon's signature tests: calls to extractSignature; tests of its internals are not cases. */
function talonCases(): PackageCase[] {
  const testDir = join(packageDir('talon'), 'test');
  const code = readFileSync(join(testDir, 'signature-bruteforce.js'), 'utf8');
  const recorded = recordTestFile(code, testDir, (stub) => ({
    rewire: () => ({
      extractSignature: stub('extractSignature'),
      getSignatureCandidate: stub('internal'),
      // Tests that change the library's internal limits test that library, not the task: skipped.
      __with__: () => () => undefined,
      __get__: () => stub('internal'),
    }),
  }));
  assertNoErrors('talon/signature-bruteforce.js', recorded.errors);
  return recorded.calls
    .filter((call) => call.fn === 'extractSignature')
    .map((call, i) => caseOf('talon-signature', call, i, 'text', (value) => (value as { text?: string } | undefined)?.text));
}

/** parse-reply's pairs of files: `<name>.input.txt` and the expected `<name>.output.txt`. */
function parseReplyCases(): PackageCase[] {
  const filesDir = join(packageDir('parse-reply'), 'test', 'files');
  return readdirSync(filesDir)
    .filter((file) => file.endsWith('.input.txt'))
    .sort()
    .map((file) => {
      const input = readFileSync(join(filesDir, file), 'utf8');
      const expected = readFileSync(join(filesDir, file.replace('.input.txt', '.output.txt')), 'utf8');
      const name = file.replace('.input.txt', '');
      const convention = CONVENTIONS[`parse-reply/${name}`];
      return {
        id: `parse-reply/${name}`,
        format: 'text' as const,
        input,
        expected,
        mustContain: [],
        mustNotContain: [],
        ...(convention ? { convention } : {}),
      };
    });
}

function assertNoErrors(file: string, errors: ReadonlyArray<{ test: string; error: string }>): void {
  if (errors.length > 0)
    throw new Error(`${file}: ${errors.length} tests could not be read: ${errors.map((e) => `${e.test}: ${e.error}`).join('; ')}`);
}

export function loadPackageSuite(name: PackageSuiteName): PackageCase[] {
  if (name === 'planer-text') return planerCases('text');
  if (name === 'planer-html') return planerCases('html');
  if (name === 'talon-signature') return talonCases();
  return parseReplyCases();
}
