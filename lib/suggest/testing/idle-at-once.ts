import { vi } from 'vitest';

/** Runs idle callbacks at once, as a page with nothing else to do would (undo: vi.unstubAllGlobals). */
export function idleAtOnce(): void {
  vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0) as unknown as number);
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
}
