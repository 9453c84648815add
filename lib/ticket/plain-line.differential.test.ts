import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/suggest/train';
import { htmlToReplyText } from '@/lib/ticket/strip-reply-html';
import { looksLikeHtml } from '@/lib/ticket/strip-reply';
import { foldTypography } from '@/lib/ticket/fold-typography';
import { visibleLines } from '@/lib/ticket/visible-lines';
import { REPLY_SET_NAMES, loadReplySet } from '@/lib/ticket/testing/reply-sets';
import { SUITE_NAMES, loadReplySuite } from '@/lib/ticket/testing/reply-suites';
import { PACKAGE_SUITE_NAMES, loadPackageSuite } from '@/lib/ticket/testing/package-suites/package-cases';

/**
 * The fast path (plain-line.ts) must keep only what the scan would keep: a rule added to the scan
 * and not to its list of line rules would make it keep a line the scan cuts. Seeded mixes of every
 * suite's and set's lines, short ones repeated as in a pasted log, read with and without it.
 */
const MIXES = 3000;
const MAX_MIX_LINES = 40;
const NEVER_PLAIN = { plainRunEnd: (_lines: readonly string[], from: number) => from };

/** Every line of every case, HTML ones as the scan receives them (rendered, marked history cut). */
function everyLine(): string[] {
  const inputs = [
    ...SUITE_NAMES.flatMap((name) => loadReplySuite(name).map((c) => c.text)),
    ...REPLY_SET_NAMES.flatMap((name) => loadReplySet(name).map((c) => c.input)),
    ...PACKAGE_SUITE_NAMES.flatMap((name) => loadPackageSuite(name).map((c) => c.input)),
  ];
  const texts = inputs.map((input) => foldTypography(looksLikeHtml(input) ? htmlToReplyText(input) : input.replace(/\r\n?/g, '\n')));
  return [...new Set(texts.flatMap((text) => text.split('\n')))];
}

describe('the scan with and without its fast path', () => {
  it('keeps and cuts the same lines on seeded mixes of every suite and set', () => {
    const lines = everyLine();
    const short = lines.filter((line) => line.trim() !== '' && line.length <= 24);
    const random = seededRandom(13);
    const pick = (from: readonly string[]) => from[Math.floor(random() * from.length)] ?? '';
    const differing: string[][] = [];
    for (let m = 0; m < MIXES; m++) {
      // A line of text first (the fast path starts below the sender's first line), then lines of every kind.
      const mix = ['Hello,'];
      const count = 1 + Math.floor(random() * MAX_MIX_LINES);
      for (let k = 0; k < count; k++) mix.push(random() < 0.5 ? pick(short) : pick(lines));
      if (JSON.stringify(visibleLines(mix)) !== JSON.stringify(visibleLines(mix, NEVER_PLAIN))) differing.push(mix);
    }
    expect(short.length).toBeGreaterThan(1000);
    expect(differing.slice(0, 3)).toEqual([]);
  });
});
