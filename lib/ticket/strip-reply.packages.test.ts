import { describe, expect, it } from 'vitest';
import { stripReply } from './strip-reply';
import { PACKAGE_SUITE_NAMES, loadPackageSuite } from './testing/package-suites/package-cases';
import { scorePackageSuite } from './testing/package-suites/score-package-suite';

/**
 * Regression floor on other projects' suites read from their npm packages (planer, talon,
 * parse-reply; scripts/eval/reply-stripping-packages.ts says what they hold): cases passed when
 * measured (2026-12-04), as each suite states them and with the cases whose convention differs
 * read our way (package-cases.ts lists them). First run, before any change for these suites:
 * 32, 13, 23, 6 (ours 33, 13, 25, 9).
 */
const MEASURED_PASSES: Record<(typeof PACKAGE_SUITE_NAMES)[number], { theirs: number; ours: number }> = {
  'planer-text': { theirs: 38, ours: 39 },
  'planer-html': { theirs: 14, ours: 14 },
  'talon-signature': { theirs: 25, ours: 27 },
  'parse-reply': { theirs: 6, ours: 10 },
};

describe("stripReply on other projects' suites (npm packages)", () => {
  it('reads every suite whole from node_modules', () => {
    const counts = PACKAGE_SUITE_NAMES.map((name) => loadPackageSuite(name).length);
    expect(counts).toEqual([39, 14, 27, 10]);
    // Every case carries a check: an expected reply or snippets kept and cut (or, once, only "returns").
    const unchecked = PACKAGE_SUITE_NAMES.flatMap(loadPackageSuite).filter((c) => c.expected === undefined && c.mustContain.length === 0);
    expect(unchecked.map((c) => c.id)).toEqual([
      'planer-text#39 planer#extractFromPlain › does not take longer than expected when processing inline replies that do not end with a marker',
    ]);
  });

  it.each(Object.entries(MEASURED_PASSES))('%s passes at least its measured cases, both ways', (name, floor) => {
    const score = scorePackageSuite(loadPackageSuite(name as keyof typeof MEASURED_PASSES), stripReply);
    const report = score.results
      .filter((r) => r.failed.length > 0)
      .map((r) => `${r.id}: ${r.failed.join('; ')} — got ${JSON.stringify(r.got)}`)
      .join('\n');
    expect(score.passed, report).toBeGreaterThanOrEqual(floor.theirs);
    expect(score.passedOurConvention, report).toBeGreaterThanOrEqual(floor.ours);
  });
});
