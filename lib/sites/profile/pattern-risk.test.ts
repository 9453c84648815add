import { describe, expect, it } from 'vitest';
import { SiteProfileSchema } from '@/lib/schemas/site-profile';
import { EBAY_PROFILE } from '@/lib/sites/profiles/ebay';
import { labelRole, pattern } from './labels';
import { patternRisk } from './pattern-risk';
import { threadIdOf } from './subject';
import type { SiteProfile } from './types';

// A valid profile to break one field of at a time.
const BASE_OK = SiteProfileSchema.safeParse(EBAY_PROFILE).success;
const CATASTROPHIC = ['(a+)+$', '(a|aa)+$', '(?:x*)*y', '(\\d+){2,}!', '^(\\w+\\s?)*$'];

describe('patterns from a pack never make a page read slow', () => {
  it('tells the patterns that backtrack without end from the ones profiles use', () => {
    for (const source of CATASTROPHIC) expect(patternRisk(source), source).toBe('nested-quantifier');
    expect(patternRisk('(\\w)\\1')).toBe('backreference');
    expect(patternRisk('.*a.*b.*c.*d')).toBe('too-many-repeats');
    for (const source of [
      '^(you|me)$',
      'order\\s*#?\\s*(\\d{3}-\\d{7}-\\d{7})',
      '(?:ticket|case)\\s*#?(\\d+)',
      '/conversations/(\\d+)',
      '([a-z]+)?',
      '[(+]+x',
    ])
      expect(patternRisk(source), source).toBeNull();
  });

  it('refuses such a pattern on import with the path of the field and what to do', () => {
    expect(BASE_OK).toBe(true);
    const base = EBAY_PROFILE;
    const label = SiteProfileSchema.safeParse({ ...base, roles: { labels: [{ pattern: '(a+)+$', role: 'agent' }] } });
    expect(label.error!.issues[0]!.path).toEqual(['roles', 'labels', 0, 'pattern']);
    expect(label.error!.issues[0]!.message).toMatch(/could make reading a page slow/);
    const order = SiteProfileSchema.safeParse({ ...base, orderInSubject: { pattern: '(\\d+)+#', subject: '{subject} ({order})' } });
    expect(order.error!.issues[0]!.path).toEqual(['orderInSubject', 'pattern']);
    const path = SiteProfileSchema.safeParse({ ...base, threadPath: '^/(\\w+/?)*$' });
    expect(path.error!.issues[0]!.path).toEqual(['threadPath']);
  });

  it('never runs one that reached the engine another way: the read answers, without the rule', () => {
    // Run, `(a+)+$` on this label would backtrack for longer than any test runs.
    const hostile = {
      ...EBAY_PROFILE,
      roles: { labels: [{ pattern: '(a+)+$', role: 'agent' as const }] },
      threadPath: '^/(a+)+$',
    } satisfies SiteProfile;
    expect(pattern('(a+)+$')).toBeNull();
    expect(labelRole(hostile, `${'a'.repeat(5_000)}!`)).toBeUndefined();
    expect(threadIdOf(hostile, new URL(`https://www.ebay.com/${'a'.repeat(5_000)}!`))).toBeUndefined();
    expect(labelRole({ ...hostile, roles: { labels: [{ pattern: '^(you|me)$', role: 'agent' }] } }, 'You')).toBe('agent');
  });
});
