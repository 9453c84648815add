import { describe, expect, it } from 'vitest';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { formatIssue, validatePack } from '@/lib/packs/validate';

const valid = testPack('1.2.0', [packTemplate('acme.a')]);
const rule = {
  id: 'big-refund',
  name: 'Big refunds',
  when: { intent: 'refund', orderTotalAbove: 200 },
  then: { tags: ['escalate'], priority: 'high', owner: 'Returns team' },
};

describe('pack rules (deskpilot.pack/v1, optional)', () => {
  it('accepts a pack with rules and one without', () => {
    expect(validatePack({ ...valid, rules: [rule] })).toEqual({ ok: true, pack: { ...valid, rules: [rule] } });
    expect(validatePack(valid).ok).toBe(true);
  });

  it('names the rule by its exact path and says what is wrong', () => {
    const result = validatePack({ ...valid, rules: [rule, { ...rule, id: 'b', when: { intent: 'refnud' }, then: { priority: 'asap' } }] });
    if (result.ok) throw new Error('expected invalid');
    const messages = result.issues.map(formatIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Pack field "rules\[1\]\.when\.intent" /),
        expect.stringMatching(/^Pack field "rules\[1\]\.then\.priority" /),
      ]),
    );
  });

  it('refuses an unknown condition and a duplicate rule id', () => {
    const unknown = validatePack({ ...valid, rules: [{ ...rule, when: { intentt: 'refund' } }] });
    expect(!unknown.ok && unknown.issues.map(formatIssue).join('\n')).toMatch(/rules\[0\]\.when/);
    const duplicate = validatePack({ ...valid, rules: [rule, rule] });
    expect(!duplicate.ok && duplicate.issues.map(formatIssue)).toEqual(['Pack field "rules[1].id" duplicate rule id "big-refund"']);
  });
});
