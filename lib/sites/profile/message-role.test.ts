import { describe, expect, it } from 'vitest';
import { roleOf } from './message-role';
import type { Identity } from './read-identity';
import type { SiteProfile } from './types';

const profile = { id: 't', site: 'generic', seen: '2026-12-07', selectors: { thread: 'main', message: 'article' } } as SiteProfile;
const none = { agentMark: false, customerMark: false, label: undefined };
const nobody: Identity = { names: new Set(), emails: new Set(), domains: [] };

describe("a profile's message role", () => {
  it('takes the marks the page states before anything else', () => {
    const self: Identity = { ...nobody, emails: new Set(['kim@shop.example']) };
    expect(roleOf({ ...none, customerMark: true }, { email: 'kim@shop.example' }, profile, self, {}, undefined)).toEqual({
      role: 'customer',
      decided: 1,
    });
  });

  it('knows our own addresses and domains', () => {
    const self: Identity = { ...nobody, domains: ['@shop.example'] };
    expect(roleOf(none, { email: 'ops@shop.example' }, profile, self, {}, undefined)).toEqual({ role: 'agent', decided: 1 });
  });

  it('leaves a stranger undecided when nothing tells', () => {
    expect(roleOf(none, { name: 'Ola Nord' }, profile, nobody, {}, undefined)).toEqual({ role: 'unknown', decided: 0 });
  });
});
