/**
 * Every stripping case with an expected text, from every suite the eval runs: our own sets, the
 * public suites' cases that state their reply, and the npm packages' cases that state it under
 * their own convention (those whose convention differs from ours are left out).
 */
import { loadPackageSuite, PACKAGE_SUITE_NAMES } from '@/lib/ticket/testing/package-suites/package-cases';
import { visibleWords } from '@/lib/ticket/testing/package-suites/score-package-suite';
import { readableLines } from '@/lib/ticket/testing/reply-set-score';
import { REPLY_SET_NAMES, loadReplySet } from '@/lib/ticket/testing/reply-sets';
import { loadReplySuite, SUITE_NAMES } from '@/lib/ticket/testing/reply-suites';
import type { StripCase } from './mutation-types';

/** Whether a stripper's output is the case's expected text, as that suite compares it. */
export function sameAsExpected(c: StripCase, got: string): boolean {
  // The packages' HTML cases expect HTML: compared as the words a reader sees.
  if (c.suite.startsWith('package:') && c.format === 'html') return visibleWords(got) === visibleWords(c.expected);
  return readableLines(got) === readableLines(c.expected);
}

export function mutationCases(): StripCase[] {
  const own = REPLY_SET_NAMES.flatMap((name) =>
    loadReplySet(name).map((c) => ({ suite: name, id: c.id, format: c.format, lang: c.lang, input: c.input, expected: c.expected })),
  );
  const shared = SUITE_NAMES.flatMap((name) =>
    loadReplySuite(name).flatMap((c) =>
      c.reply_text === undefined ? [] : [{ suite: name, id: c.name, format: 'text' as const, input: c.text, expected: c.reply_text }],
    ),
  );
  const packaged = PACKAGE_SUITE_NAMES.flatMap((name) =>
    loadPackageSuite(name).flatMap((c) =>
      c.expected === undefined || c.convention
        ? []
        : [{ suite: `package:${name}`, id: c.id, format: c.format, input: c.input, expected: c.expected }],
    ),
  );
  return [...own, ...shared, ...packaged];
}
