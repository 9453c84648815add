import { describe, it } from 'vitest';
import { corpusMissing, type CorpusName } from './corpora';

/**
 * A describe block that needs a public corpus. Without it, the block is one skipped test whose
 * name says why (and one line on the console), and its body is never run, so nothing reads the
 * missing files.
 */
export function describeWithCorpus(corpus: CorpusName, title: string, body: () => void): void {
  const missing = corpusMissing(corpus);
  if (!missing) {
    // biome-ignore lint/correctness/usePlaywrightValidDescribeCallback: a Vitest describe, not Playwright's.
    describe(title, body);
    return;
  }
  console.warn(`skipped "${title}": ${missing}`);
  describe(title, () => it.skip(`skipped: ${missing}`, () => {}));
}
