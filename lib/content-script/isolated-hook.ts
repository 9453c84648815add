/**
 * A function one extension script leaves in the page's isolated world for another: the panel
 * injects an on-demand script (page extras, page snapshot) that installs it, and the site's
 * content script, which shares that world, calls it. The page's own scripts cannot see or replace
 * it. Keyed by a registered symbol so both bundles, built apart, find the same slot.
 */
export interface IsolatedHook<Hook> {
  /** `undefined` removes it (tests). */
  install(hook: Hook | undefined, scope?: typeof globalThis): void;
  /** The hook once its script is injected; `undefined` before. */
  installed(scope?: typeof globalThis): Hook | undefined;
}

type Slots = Record<symbol, unknown>;

export function isolatedHook<Hook extends (...args: never[]) => unknown>(name: string): IsolatedHook<Hook> {
  const slot = Symbol.for(`deskpilot.${name}`);
  return {
    install: (hook, scope = globalThis) => {
      (scope as unknown as Slots)[slot] = hook;
    },
    installed: (scope = globalThis) => {
      const hook = (scope as unknown as Slots)[slot];
      return typeof hook === 'function' ? (hook as Hook) : undefined;
    },
  };
}
