/**
 * Scores a stripper on the cases read from other projects' packages (package-cases.ts). Plain
 * text is compared as the shared suites' README says (LF, no trailing spaces, no leading or
 * trailing blank lines); an HTML case's expected HTML as its visible words, since our stripper
 * returns text and theirs returns HTML.
 * Node only: used by tests and `npm run eval`, never bundled.
 */
import { decodeHTML } from 'entities';
import { normalizeReply } from '../reply-suites';
import type { PackageCase } from './package-cases';

/** The words a reader sees in some HTML (or text): tags, head and comments dropped, white space folded. */
export function visibleWords(htmlOrText: string): string {
  return decodeHTML(htmlOrText.replace(/<head[\s\S]*?<\/head>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/gi, ' ').replace(/<[^<>]*>/g, ' '))
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** "> …" lines, and the "On …, Jane wrote:" line above them. */
const QUOTE_OR_ATTRIBUTION = /^\s*>|wrote:\s*$/;

/**
 * What the case expects under our convention (package-cases.ts): a forward or a dashed name stays,
 * so the reply is the whole input; quotes go, so the suite's reply without its '>' lines and their
 * attribution.
 */
function expectedByOurConvention(c: PackageCase): string | undefined {
  if (c.convention === 'keeps-forward' || c.convention === 'keeps-dashed-name') return c.input;
  if (c.convention === 'drops-quotes' && c.expected !== undefined)
    return c.expected
      .split('\n')
      .filter((line) => !QUOTE_OR_ATTRIBUTION.test(line))
      .join('\n');
  return c.expected;
}

/** Lines without the blank ones: removing a quote from between answers leaves a gap or none, both fine. */
const withoutBlankLines = (text: string) =>
  normalizeReply(text)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');

export interface PackageCaseResult {
  id: string;
  failed: string[];
  got: string;
  ms: number;
}

/** The checks of a case that fail for `got` ('ours' reads convention differences our way). */
export function failedChecks(c: PackageCase, got: string, convention: 'theirs' | 'ours' = 'theirs'): string[] {
  const failed: string[] = [];
  const expected = convention === 'ours' ? expectedByOurConvention(c) : c.expected;
  if (expected !== undefined) {
    const same =
      c.format === 'html'
        ? visibleWords(got) === visibleWords(expected)
        : convention === 'ours' && c.convention === 'drops-quotes'
          ? withoutBlankLines(got) === withoutBlankLines(expected)
          : normalizeReply(got) === normalizeReply(expected);
    if (!same) failed.push(`expected ${JSON.stringify(c.format === 'html' ? visibleWords(expected) : normalizeReply(expected))}`);
  }
  for (const s of c.mustContain) if (!got.includes(s)) failed.push(`must contain ${JSON.stringify(s)}`);
  for (const s of c.mustNotContain) if (got.includes(s)) failed.push(`must not contain ${JSON.stringify(s)}`);
  return failed;
}

export interface PackageSuiteScore {
  cases: number;
  passed: number;
  /** Passed when the cases whose convention differs are read our way. */
  passedOurConvention: number;
  conventionCases: number;
  results: PackageCaseResult[];
  worstMs: number;
}

/** CPU time of one call (the budget: on a shared machine wall time counts other jobs' turns too). */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Runs every case (after one warm-up pass, so the time is the stripper's, not the JIT compiler's). */
export function scorePackageSuite(cases: readonly PackageCase[], strip: (input: string) => string): PackageSuiteScore {
  const score: PackageSuiteScore = { cases: cases.length, passed: 0, passedOurConvention: 0, conventionCases: 0, results: [], worstMs: 0 };
  const run = (input: string) => {
    try {
      return strip(input);
    } catch (error) {
      return `threw ${String(error)}`;
    }
  };
  for (const c of cases) run(c.input);
  for (const c of cases) {
    let got = '';
    const ms = cpuMs(() => {
      got = run(c.input);
    });
    score.worstMs = Math.max(score.worstMs, ms);
    const failed = failedChecks(c, got);
    if (failed.length === 0) score.passed++;
    if (failedChecks(c, got, 'ours').length === 0) score.passedOurConvention++;
    if (c.convention) score.conventionCases++;
    score.results.push({ id: c.id, failed, got, ms });
  }
  return score;
}
