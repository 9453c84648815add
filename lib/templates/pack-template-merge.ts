/**
 * One pack template against its stored record, for an import (import-pack.ts): what is written, and
 * whether it was added, updated, unchanged or kept as the agent edited it. Pure: no database.
 */
import type { Pack, PackTemplate } from '@/lib/schemas/pack';
import type { Template } from '@/lib/schemas/template';

export type MergeOutcome = 'added' | 'updated' | 'unchanged' | 'keptLocal';

const CONTENT_FIELDS = ['title', 'body', 'intents', 'language', 'sites', 'tags', 'fields', 'packVersion'] as const;

function sameContent(a: Template, b: Template): boolean {
  return CONTENT_FIELDS.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

/**
 * The record a pack's template becomes, beside the one stored: a locally modified template keeps
 * the agent's version and learns the pack's new body; otherwise the pack's, keeping its usage.
 */
export function merge(
  existing: Template | undefined,
  incoming: PackTemplate,
  pack: Pack,
  now: string,
): { record: Template; outcome: MergeOutcome } {
  const origin = { packId: pack.id, packBody: incoming.body, packVersion: pack.version };
  if (existing?.locallyModified) {
    // The body the agent's edit was made against (or last reviewed): a new packBody that differs
    // from it is an update waiting for the agent's decision (lib/packs/updates.ts).
    const reviewedPackBody = existing.reviewedPackBody ?? existing.packBody;
    return { record: { ...existing, ...origin, reviewedPackBody }, outcome: 'keptLocal' };
  }
  const record: Template = {
    ...incoming,
    ...origin,
    locallyModified: false,
    usageCount: existing?.usageCount ?? 0,
    updatedAt: existing?.updatedAt ?? now,
  };
  if (!existing) return { record: { ...record, updatedAt: now }, outcome: 'added' };
  if (sameContent(existing, record)) return { record, outcome: 'unchanged' };
  return { record: { ...record, updatedAt: now }, outcome: 'updated' };
}
