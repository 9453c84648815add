import { describe, expect, it } from 'vitest';
import { describeWithCorpus } from '@/lib/testing/describe-with-corpus';
import { stripReply } from '@/lib/ticket/strip-reply';
import { REPLY_SET_FLOORS } from '@/lib/ticket/testing/reply-set-floors';
import { scoreReplySet } from '@/lib/ticket/testing/reply-set-score';
import { loadReplySet, REPLY_SET_NAMES } from '@/lib/ticket/testing/reply-sets';
import { scoreSuite } from '@/lib/ticket/testing/reply-suites';

/** Floors and each set's history: lib/ticket/testing/reply-set-floors.json. */
const { publicSuites, ownSets } = REPLY_SET_FLOORS;

describeWithCorpus('email-replies', 'stripReply on the public reply-stripping suites', () => {
  it.each(Object.entries(publicSuites.floors))('%s passes at least %i cases', (suite, floor) => {
    const score = scoreSuite(suite, stripReply);
    const report = score.failures.map((f) => `${f.name}: ${f.failed.join('; ')}`).join('\n');
    expect(score.passed, report).toBeGreaterThanOrEqual(floor);
  });
});

describe('stripReply on our own reply-stripping sets', () => {
  it('has a floor for every registered set, and none for a set not registered', () => {
    expect(ownSets.map((s) => s.set).sort()).toEqual([...REPLY_SET_NAMES].sort());
  });

  it.each(ownSets.map((s) => [s.set, s.floor] as const))('%s passes at least %i cases', (set, floor) => {
    const score = scoreReplySet(loadReplySet(set), (c) => stripReply(c.input));
    const report = score.failures.map((f) => `${f.id}: got ${JSON.stringify(f.got)}`).join('\n');
    expect(score.passed, report).toBeGreaterThanOrEqual(floor);
  });
});
