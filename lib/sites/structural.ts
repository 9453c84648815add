/**
 * TEMPORARY STUB (2026-12-04): the structural reader is owned by the issue-10 structural branch,
 * which replaces this file with the real one (same signature). Until it lands, the engine's
 * structural step is the generic adapter's reader, re-labelled with the site it read for.
 */
import type { Thread } from '@/lib/schemas/ticket';
import type { StructuralHints } from './structural-hints';
import { generic } from './generic';

export function readStructurally(document: Document, url: URL, hints: StructuralHints): Thread | null {
  const thread = generic.readThread(document, url);
  return thread ? { ...thread, site: hints.site } : null;
}
