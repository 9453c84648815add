import { describe, expect, it } from 'vitest';
import { stripReply } from './strip-reply';
import { PACKAGE_SUITE_NAMES, loadPackageSuite } from './testing/package-suites/package-cases';
import { scorePackageSuite } from './testing/package-suites/score-package-suite';

/**
 * Regression floor on other projects' suites read from their npm packages (planer, talon,
 * parse-reply; scripts/eval/reply-stripping-packages.ts says what they hold): cases passed when
 * measured (2026-12-04). First run, before any change for them: 32, 13, 23, 6.
 */
const MEASURED_PASSES: Record<(typeof PACKAGE_SUITE_NAMES)[number], number> = {
  'planer-text': 32,
  'planer-html': 13,
  'talon-signature': 23,
  'parse-reply': 6,
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

  it.each(Object.entries(MEASURED_PASSES))('%s passes at least %i cases', (name, floor) => {
    const score = scorePackageSuite(loadPackageSuite(name as keyof typeof MEASURED_PASSES), stripReply);
    const report = score.results
      .filter((r) => r.failed.length > 0)
      .map((r) => `${r.id}: ${r.failed.join('; ')} — got ${JSON.stringify(r.got)}`)
      .join('\n');
    expect(score.passed, report).toBeGreaterThanOrEqual(floor);
  });
});
