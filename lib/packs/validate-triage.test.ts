import { describe, expect, it } from 'vitest';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { formatIssue, validatePack } from '@/lib/packs/validate';

const valid = testPack('1.2.0', [packTemplate('acme.a')]);

describe('pack triage thresholds (deskpilot.pack/v1, optional)', () => {
  it('accepts a pack with some thresholds, and one without', () => {
    const triage = { targets: { default: 12, amazon: 20 }, vipOrdersCount: 5 };
    expect(validatePack({ ...valid, triage })).toEqual({ ok: true, pack: { ...valid, triage } });
    expect(validatePack(valid).ok).toBe(true);
  });

  it('names each wrong threshold by its exact path', () => {
    const result = validatePack({ ...valid, triage: { targets: { default: -1, amazn: 3 }, repeatContacts7d: 1.5, vipSpend: 10 } });
    if (result.ok) throw new Error('expected invalid');
    const messages = result.issues.map(formatIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Pack field "triage\.targets\.default" /),
        expect.stringMatching(/^Pack field "triage\.targets" .*amazn/),
        expect.stringMatching(/^Pack field "triage\.repeatContacts7d" /),
        expect.stringMatching(/^Pack field "triage" .*vipSpend/),
      ]),
    );
  });
});
