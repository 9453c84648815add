import { describe, expect, it } from 'vitest';
import { isolatedHook } from './isolated-hook';

describe('a hook left in the isolated world', () => {
  it('is found by another bundle through the same registered name, and only then', () => {
    const scope = {} as typeof globalThis;
    const injected = isolatedHook<(n: number) => number>('test-double');
    const contentScript = isolatedHook<(n: number) => number>('test-double');
    expect(contentScript.installed(scope)).toBeUndefined();
    injected.install((n) => n * 2, scope);
    expect(contentScript.installed(scope)?.(21)).toBe(42);
    injected.install(undefined, scope);
    expect(contentScript.installed(scope)).toBeUndefined();
  });

  it('ignores whatever else sits in the slot', () => {
    const scope = { [Symbol.for('deskpilot.test-junk')]: 'not a function' } as unknown as typeof globalThis;
    expect(isolatedHook<() => void>('test-junk').installed(scope)).toBeUndefined();
  });
});
