/**
 * Injected by the background into a tab frame the first time that frame's content script needs the
 * structural reader — a site's (its site's read failed or is unsure, a route nobody declared, a read
 * that names no one) or the generic reader's (its page read): installs it where the content script
 * reads with it (lib/sites/engine/structural-source.ts). Never on a page whose site read is sure, nor
 * while the generic reader reads the agent's selection.
 */
// Its own bundle, beside the content script: it reads with the word lists from their data files.
import '@/lib/sites/reader-words-data';
import { installStructuralReader } from '@/lib/sites/engine/structural-source';
import { readStructurally } from '@/lib/sites/structural';

export default defineUnlistedScript(() => installStructuralReader(readStructurally));
