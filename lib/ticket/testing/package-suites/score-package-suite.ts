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

/**
 * What the case expects under our convention: a forward stays, so the reply is the whole input
 * (its '>' lines under the forward included).
 */
function expectedByOurConvention(c: PackageCase): string | undefined {
  return c.convention === 'keeps-forward' ? c.input : c.expected;
}

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
    const same = c.format === 'html' ? visibleWords(got) === visibleWords(expected) : normalizeReply(got) === normalizeReply(expected);
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

export function scorePackageSuite(cases: readonly PackageCase[], strip: (input: string) => string): PackageSuiteScore {
  const score: PackageSuiteScore = { cases: cases.length, passed: 0, passedOurConvention: 0, conventionCases: 0, results: [], worstMs: 0 };
  for (const c of cases) {
    const started = performance.now();
    let got: string;
    try {
      got = strip(c.input);
    } catch (error) {
      got = `threw ${String(error)}`;
    }
    const ms = performance.now() - started;
    score.worstMs = Math.max(score.worstMs, ms);
    const failed = failedChecks(c, got);
    if (failed.length === 0) score.passed++;
    if (failedChecks(c, got, 'ours').length === 0) score.passedOurConvention++;
    if (c.convention) score.conventionCases++;
    score.results.push({ id: c.id, failed, got, ms });
  }
  return score;
}
