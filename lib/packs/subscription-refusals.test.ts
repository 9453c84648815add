import { describe, expect, it } from 'vitest';
import type { Pack } from '@/lib/schemas/pack';
import { assertCanOwn, checkPermission, SubscriptionError } from '@/lib/packs/subscription-refusals';

const pack = { id: 'acme.support' } as Pack;
const URL_A = 'https://packs.acme.example/support.json';
const keyOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof SubscriptionError ? error.text.key : 'not a SubscriptionError';
  }
  return 'accepted';
};

describe('what a pack subscription refuses', () => {
  it('lets a URL own its pack when nothing else does, or when the pack came from a file', () => {
    expect(keyOf(() => assertCanOwn(pack, URL_A, undefined, undefined))).toBe('accepted');
    expect(keyOf(() => assertCanOwn(pack, URL_A, 'file', undefined))).toBe('accepted');
    expect(keyOf(() => assertCanOwn(pack, URL_A, URL_A, 'acme.support'))).toBe('accepted');
  });

  it('refuses a URL that now serves another pack, the built-in pack, and a pack another URL owns', () => {
    expect(keyOf(() => assertCanOwn(pack, URL_A, undefined, 'acme.sales'))).toBe('packs.subscription.otherPack');
    expect(keyOf(() => assertCanOwn(pack, URL_A, 'builtin', undefined))).toBe('packs.subscription.ownedByDeskpilot');
    expect(keyOf(() => assertCanOwn(pack, URL_A, 'https://other.example/p.json', undefined))).toBe('packs.subscription.ownedByAddress');
  });

  it('asks for the origin the agent has not granted, and asks nothing when no permission check is given', async () => {
    const asked: string[] = [];
    const denied = async (pattern: string) => (asked.push(pattern), false);
    await expect(checkPermission(URL_A, denied)).rejects.toMatchObject({ text: { key: 'packs.subscription.noPermission' } });
    expect(asked).toEqual(['https://packs.acme.example/*']);
    await expect(checkPermission(URL_A, async () => true)).resolves.toBeUndefined();
    await expect(checkPermission(URL_A)).resolves.toBeUndefined();
  });
});
