import { describe, expect, it } from 'vitest';
import { parseRulesDraft, rulesDraftText } from '@/lib/triage/rules-draft';

const rule = {
  id: 'big-refund',
  name: 'Big refunds',
  when: { intent: 'refund', orderTotalAbove: 200 },
  then: { tags: ['escalate'], priority: 'high', owner: 'Returns team' },
};

describe('the rules editor text', () => {
  it('round-trips valid rules; empty text is no rules', () => {
    expect(parseRulesDraft(rulesDraftText([rule as never]))).toEqual({ ok: true, rules: [rule] });
    expect(parseRulesDraft('  ')).toEqual({ ok: true, rules: [] });
  });
  it('names each problem by its exact path', () => {
    expect(parseRulesDraft(JSON.stringify([rule, { ...rule, id: 'b', then: { owner: '' } }]))).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([expect.objectContaining({ english: expect.stringMatching(/^rules\[1\]\.then\.owner: /) })]),
    });
    expect(parseRulesDraft('[{')).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ english: expect.stringMatching(/^Not valid JSON/) })],
    });
  });
});
