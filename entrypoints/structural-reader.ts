/**
 * Injected by the background into a site's tab frame the first time that frame's content script
 * needs the structural reader (its site's read failed or is unsure, a route nobody declared, a read
 * that names no one): installs it where the content script reads with it
 * (lib/sites/engine/structural-source.ts). Never on a page whose site read is sure.
 */
// Its own bundle, beside the content script: it reads with the word lists from their data files.
import '@/lib/sites/reader-words-data';
import { installStructuralReader } from '@/lib/sites/engine/structural-source';
import { readStructurally } from '@/lib/sites/structural';

export default defineUnlistedScript(() => installStructuralReader(readStructurally));
