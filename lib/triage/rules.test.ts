import { describe, expect, it } from 'vitest';
import { TriageRulesSchema, type TriageRule } from '@/lib/triage/rule-schema';
import { applyRules, type RuleContext } from '@/lib/triage/rules';

const refund: RuleContext = {
  intent: 'refund',
  orderTotal: 250,
  reasons: ['none'],
  priority: 'normal',
  channel: 'gmail',
  marketplace: null,
  text: 'I want my money back',
};
const bigRefunds: TriageRule = {
  id: 'big-refund',
  name: 'Big refunds',
  when: { intent: 'refund', orderTotalAbove: 200 },
  then: { tags: ['escalate'], priority: 'high', owner: 'Returns team' },
};

describe('team triage rules', () => {
  it('matches every condition: intent and order total above', () => {
    expect(applyRules([bigRefunds], refund)).toMatchObject({ tags: ['escalate'], priority: 'high', owner: 'Returns team', conflicts: [] });
    expect(applyRules([bigRefunds], { ...refund, orderTotal: 200 }).matched).toEqual([]);
    expect(applyRules([bigRefunds], { ...refund, intent: 'where_is_my_order' }).matched).toEqual([]);
    const { orderTotal: _, ...noOrder } = refund;
    expect(applyRules([bigRefunds], noOrder).matched).toEqual([]);
  });

  it('matches reasons, channels and words in any language (accents ignored)', () => {
    const rule: TriageRule = {
      id: 'w',
      name: 'Words',
      when: { textContains: ['remboursé'], channel: ['gmail', 'zendesk'], reason: ['none', 'angry'] },
      then: { tags: ['fr'] },
    };
    expect(applyRules([rule], { ...refund, text: 'Je veux être REMBOURSE' }).tags).toEqual(['fr']);
    expect(applyRules([rule], { ...refund, text: 'Je veux être REMBOURSE', channel: 'ebay' }).tags).toEqual([]);
  });

  it('shows conflicting priorities and owners instead of picking one; tags from all matches', () => {
    const vip: TriageRule = {
      id: 'vip',
      name: 'VIP refunds',
      when: { intent: 'refund' },
      then: { tags: ['vip-desk'], priority: 'urgent', owner: 'VIP desk' },
    };
    const outcome = applyRules([bigRefunds, vip], refund);
    expect(outcome.tags).toEqual(['escalate', 'vip-desk']);
    expect(outcome.priority).toBeUndefined();
    expect(outcome.owner).toBeUndefined();
    expect(outcome.conflicts).toEqual([
      {
        field: 'priority',
        values: [
          { ruleId: 'big-refund', ruleName: 'Big refunds', value: 'high' },
          { ruleId: 'vip', ruleName: 'VIP refunds', value: 'urgent' },
        ],
      },
      {
        field: 'owner',
        values: [
          { ruleId: 'big-refund', ruleName: 'Big refunds', value: 'Returns team' },
          { ruleId: 'vip', ruleName: 'VIP refunds', value: 'VIP desk' },
        ],
      },
    ]);
  });

  it('rejects bad rules with exact paths', () => {
    const result = TriageRulesSchema.safeParse([
      bigRefunds,
      { id: 'x', name: 'X', when: { intent: 'refnud' }, then: { tags: ['has space'] } },
    ]);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['1.when.intent', '1.then.tags.0']);
    expect(
      TriageRulesSchema.safeParse([bigRefunds, { ...bigRefunds }]).error!.issues.map((issue) => [issue.path.join('.'), issue.message]),
    ).toEqual([['1.id', 'duplicate rule id "big-refund"']]);
    expect(TriageRulesSchema.safeParse([{ id: 'e', name: 'Empty', when: {}, then: { owner: 'A' } }]).error?.issues[0]?.message).toMatch(
      /at least one condition/,
    );
  });
});
