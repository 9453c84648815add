/**
 * Where the engine's structural reader comes from. Everywhere but a content script it is bundled.
 * A content script (a site's, and the generic reader's) leaves it out (issue 10: most of its 30 KB
 * gzip budget) and reads with the one the structural-reader script installs in the frame's isolated
 * world, which the background injects the first time a read needs it
 * (lib/content-script/structural-load.ts, entrypoints/structural-reader.ts). The build says which is
 * which (wxt.config.ts defines STRUCTURAL_ON_DEMAND for the content scripts); `?.`: under tsx there
 * is no import.meta.env.
 */
import { isolatedHook } from '@/lib/content-script/isolated-hook';
import { readStructurally } from '../structural';

export type StructuralReader = typeof readStructurally;

const hook = isolatedHook<StructuralReader>('structural-reader');

export const installStructuralReader = hook.install;

/** True once the structural-reader script installed it in this frame's isolated world. */
export const structuralReaderInstalled = (): boolean => hook.installed() !== undefined;

/** A read asked for the structural reader before it was installed: its answer lacks that reader's part. */
let missed = false;

/** The structural reader; in a content script, undefined until it is installed (and the read that asked is marked). */
export function structuralReader(): StructuralReader | undefined {
  if (!import.meta.env?.STRUCTURAL_ON_DEMAND) return readStructurally;
  const installed = hook.installed();
  if (!installed) missed = true;
  return installed;
}

/** Runs a (synchronous) read and says whether it asked for the structural reader while it was missing. */
export function noteStructuralMiss<T>(read: () => T): { value: T; missed: boolean } {
  missed = false;
  try {
    return { value: read(), missed };
  } finally {
    missed = false;
  }
}
