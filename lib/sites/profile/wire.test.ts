import { describe, expect, it } from 'vitest';
import { parse } from 'zod/v4/core';
import { safeParse } from '@/lib/schemas/core-schemas';
import { WireProfileSchema, WireProfilesSchema } from './wire';

const profile = {
  id: 'team.zendesk',
  site: 'zendesk',
  seen: '2026-12-05',
  selectors: { thread: '#log', message: '.msg' },
  roles: { agent: '.out', labels: [{ pattern: 'internal note', role: 'skip' }], others: 'customer', othersNeedSelf: false },
  order: 'newest-first',
  customerAuthor: 'card',
};

describe('WireProfileSchema', () => {
  it('keeps a profile as the sender validated it', () => {
    expect(parse(WireProfileSchema, profile)).toEqual(profile);
    expect(parse(WireProfilesSchema, [profile, { ...profile, order: 'oldest-first', customerAuthor: 'message' }])).toHaveLength(2);
  });

  it('refuses a value outside each field’s few choices', () => {
    const bad = [
      { ...profile, order: 'sideways' },
      { ...profile, customerAuthor: 'sidebar' },
      { ...profile, roles: { ...profile.roles, others: 'skip' } },
      { ...profile, roles: { ...profile.roles, labels: [{ pattern: 'bot', role: 'robot' }] } },
      { ...profile, roles: { ...profile.roles, othersNeedSelf: 'yes' } },
      { ...profile, selectors: { ...profile.selectors, message: '' } },
      { ...profile, selectors: { message: '.msg' } },
      { ...profile, selectors: { ...profile.selectors, replyBox: 'x'.repeat(401) } },
      { ...profile, selectors: { ...profile.selectors, customerAlias: 7 } },
    ];
    for (const wrong of bad) expect(safeParse(WireProfileSchema, wrong).success).toBe(false);
  });
});
