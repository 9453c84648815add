/**
 * A content script (a site's, or the generic reader) asks the background for the structural reader
 * the first time a read needs it (lib/sites/engine/structural-source.ts), and reads that page again with it: every answer
 * and every thread signature is the engine's whole read, as if the reader had been bundled.
 */
import { sendToExtension } from '@/lib/messaging';
import { noteStructuralMiss, structuralReaderInstalled } from '@/lib/sites/engine/structural-source';

/** One request at a time: the watcher and the panel's request may both need the reader at once. */
let loading: Promise<boolean> | undefined;

/** True once the structural reader is installed; false when it could not be (asked again next time). */
export function loadStructuralReader(): Promise<boolean> {
  if (structuralReaderInstalled()) return Promise.resolve(true);
  // The background answers once the script ran in this frame, or refused: the hook says which.
  loading ??= sendToExtension({ type: 'structuralReader' })
    .catch(() => false)
    .then(() => {
      loading = undefined;
      return structuralReaderInstalled();
    });
  return loading;
}

/** The whole read: when `read` needed the structural reader before it was here, loads it and reads again. */
export async function readWithStructural<T>(read: () => T): Promise<T> {
  // Folded by the build: only a content script loads the reader (structural-source.ts).
  if (!import.meta.env?.STRUCTURAL_ON_DEMAND) return read();
  const first = noteStructuralMiss(read);
  if (!first.missed || !(await loadStructuralReader())) return first.value;
  return read();
}
